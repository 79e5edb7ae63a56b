// Markdown: rendered as GitHub renders it (micromark with GFM, raw HTML allowed), announcement text must come
// out as the same text: no tags, no links, no emphasis, no extra table cells.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/report.js';
import { RULES } from '../../src/index.js';
import { escapeMarkdown } from '../../src/report/markdown.js';
import { WSIS_2005, STATUS_LABELS } from '../helpers.js';
import { allFindings, AS_OF, HOSTILE, lintFixture, mixedReport, render } from './reports.js';

const toHtml = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const CATALOGUE_URLS = new Set(RULES.flatMap((rule) => rule.meta.sources.map((source) => source.url)));

function elements(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^]*?)</${tag}>`, 'g'))].map((match) => match[1]!);
}

/** Text as one line, the way the report prints any announcement text: controls gone, line breaks as spaces. */
const ATTACK =
  'Open | cell <script>alert(1)</script> <img src=x onerror=alert(2)> [click](https://evil.example/a) ' +
  '![img](https://evil.example/i.png) https://evil.example www.evil.example mail@evil.example **bold** _em_ ' +
  '`code` ~~gone~~ $x^2$ @everyone #1 &amp; &#60;b&#62; \\*not bold\\* <!-- comment --> [ref]: https://evil.example';

describe('markdown', () => {
  it('renders the 2005 invitation: title, scorecard of every criterion, findings with remedy and a linked norm', async () => {
    const report = buildReport(lintFixture(WSIS_2005), AS_OF);
    const html = toHtml(await render('markdown', report));
    const [result] = report.results;
    expect(elements(html, 'h2')).toEqual([result!.title]);
    const rows = elements(elements(html, 'tbody')[0]!, 'tr').map((row) => elements(row, 'td').map(decode));
    expect(rows).toEqual(
      result!.criteria.map((criterion) => [criterion.criterion, STATUS_LABELS[criterion.status], criterion.severity, `<code>${criterion.rule}</code>`]),
    );
    const finding = result!.findings.find((candidate) => candidate.rule === 'documents-in-advance');
    // Our remedies' `code` parts render as code spans (not as escaped backticks).
    expect(finding!.remedy).toContain('`documents`');
    expect(html).toContain(`Remedy: ${finding!.remedy!.replace(/`([^`]+)`/g, '<code>$1</code>')}`);
    expect(html).not.toContain('`');
    expect(html).toContain('Norm: <a href="https://www.w3.org/policies/process/#GeneralMeetings">W3C Process Document');
  });

  it('escapes any text so that it renders as itself', () => {
    const html = toHtml(`para ${escapeMarkdown(ATTACK)}`);
    expect(html).toBe(`<p>para ${ATTACK.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</p>`);
  });

  it('keeps hostile titles, field names and messages as text: no tags, links, emphasis or autolinks', async () => {
    const report = buildReport(lintFixture(HOSTILE), AS_OF);
    const html = toHtml(await render('markdown', report));
    // The title comes back whole as the heading's text, on one line.
    const [heading] = elements(html, 'h2');
    expect(heading).not.toMatch(/<[a-z]/);
    expect(decode(heading!)).toContain('::stop-commands::pwned | cell | <script>alert(1)</script> <img src=x onerror=alert(2)> [click](https://evil.example/a)');
    expect(decode(heading!)).toContain('**bold** _em_ `code` ~~gone~~ $x^2$ @everyone #1 &amp; red');
    // Every link is one of our norms; nothing is emphasised, struck through or embedded.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(CATALOGUE_URLS).toContain(href);
    expect(html).not.toMatch(/<(script|img|b|i|em|del|iframe)[\s>]/);
    expect(elements(html, 'strong').every((word) => ['error', 'warning', 'waived'].includes(word))).toBe(true);
    // A field name in a finding's path and message stays text too.
    expect(html).toContain('unknown field <code>note::error file=a,line=1::x &lt;b&gt;y&lt;/b&gt; | [z](https://evil.example)</code> in the announcement');
  });

  it('keeps the scorecard to its four columns whatever a criterion or title contains', async () => {
    const results = lintFixture(WSIS_2005).map((result) => ({
      ...result,
      title: ATTACK,
      criteria: result.criteria.map((criterion) => ({ ...criterion, criterion: `${criterion.criterion} ${ATTACK}` })),
    }));
    const report = buildReport(results, AS_OF);
    const html = toHtml(await render('markdown', report));
    const rows = elements(elements(html, 'tbody')[0]!, 'tr').map((row) => elements(row, 'td'));
    expect(rows).toHaveLength(report.results[0]!.criteria.length);
    for (const [i, cells] of rows.entries()) {
      expect(cells).toHaveLength(4);
      expect(decode(cells[0]!)).toBe(report.results[0]!.criteria[i]!.criterion);
    }
    expect(decode(elements(html, 'h2')[0]!)).toBe(ATTACK);
  });

  it('shows waived findings with their reason, and every finding of every announcement once', async () => {
    const report = mixedReport();
    const html = toHtml(await render('markdown', report));
    expect(html).toContain('Waived: Closed session under rule 61, see https://evil.example &lt;b&gt;x&lt;/b&gt; | y ::error::z');
    expect(elements(html, 'h2')).toHaveLength(report.results.length);
    const items = elements(html, 'li').filter((item) => item.startsWith('<strong>'));
    expect(items).toHaveLength(allFindings(report).length);
  });
});
