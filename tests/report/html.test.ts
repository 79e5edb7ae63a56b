// The HTML report: self-contained (nothing loaded from anywhere), a scorecard whose statuses are words as well
// as colours, a timeline and a time-zone strip drawn from the engine's facts, findings linked to the rule
// pages, and announcement text that can never become markup. The browser tests (tests/browser/) look at it
// in Chromium; these read the markup.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/report.js';
import type { DocumentResult } from '../../src/engine/types.js';
import { lintText, RULES } from '../../src/index.js';
import { escapeHtml } from '../../src/report/html-escape.js';
import { fixture, PASSING, ROOT, runCli, WSIS_2005, STATUS_LABELS } from '../helpers.js';
import { AS_OF, HOSTILE, lintFixture, mixedReport, render } from './reports.js';

const CATALOGUE_URLS = new Set(RULES.flatMap((rule) => rule.meta.sources.map((source) => source.url).filter(Boolean)));
/** Every element the report is made of; anything else would have come from an announcement. */
const OUR_TAGS = new Set(
  'html head meta title style body main div h1 h2 h3 h4 h5 h6 p section article table caption thead tbody tr th td span code a ul ol li strong em figure figcaption details summary svg desc rect circle path line text pre'.split(' '),
);

const htmlOf = (results: DocumentResult[]) => render('html', buildReport(results, AS_OF));

/** The scorecard rows of each announcement, in order: [criterion rule, status class, label]. */
function scorecards(html: string): [string, string, string][][] {
  return [...html.matchAll(/<table class="scorecard">([^]*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr><th scope="row">[^]*?<\/th><td><span class="status status-([a-z-]+)">([^<]+)<\/span><\/td><td>[a-z]+<\/td><td><code>([a-z-]+)<\/code><\/td><\/tr>/g)].map(
      (match): [string, string, string] => [match[3]!, match[1]!, match[2]!],
    ),
  );
}

describe('the HTML report', () => {
  it('is one self-contained page: no script, no stylesheet, font or image loaded from anywhere', async () => {
    const html = await render('html', mixedReport());
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<(?:script|link|iframe|img|object|embed|image|use)\b/i);
    expect(html).not.toMatch(/<[a-z][^<>]*\s(?:src|xlink:href)=/i);
    const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]).join('');
    expect(styles).not.toMatch(/@import|url\(/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    // Links are only to our own anchors or to the norms of the rule catalogue.
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    for (const [, href] of html.matchAll(/ href="([^"]+)"/g)) {
      if (href!.startsWith('#')) expect(ids, href).toContain(href!.slice(1));
      else expect(CATALOGUE_URLS, href).toContain(href!.replace(/&amp;/g, '&'));
    }
  });

  it('gives every criterion its status as a word and a class, in the engine’s order', async () => {
    const [result] = lintFixture(WSIS_2005);
    const [rows] = scorecards(await htmlOf([result!]));
    expect(rows).toEqual(result!.criteria.map((criterion) => [criterion.rule, criterion.status, STATUS_LABELS[criterion.status]]));
    expect(rows!.map(([, status]) => status)).toContain('fail');
    expect(rows!.map(([, status]) => status)).toContain('not-stated');
    expect(rows!.map(([, status]) => status)).toContain('not-applicable');
  });

  it('shows waived and off criteria as such', async () => {
    const html = await render('html', mixedReport());
    const statuses = scorecards(html).flatMap((rows) => rows.map(([, status]) => status));
    expect(statuses).toContain('waived');
    expect(statuses).toContain('off');
  });

  it('draws the 2005 timeline: sent, the meeting, the decision, and the notice 42 days short', async () => {
    const html = await htmlOf(lintFixture(WSIS_2005));
    const svg = /<figure class="timeline">\n(<svg[^]*?<\/svg>)/.exec(html)![1]!;
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="doc-1-timeline-title doc-1-timeline-desc"/);
    expect(svg).toContain('<title id="doc-1-timeline-title">');
    const desc = /<desc id="doc-1-timeline-desc">([^<]*)<\/desc>/.exec(svg)![1]!;
    expect(desc).toContain('Invitation sent: 18 April 2005.');
    expect(desc).toContain('Meeting: 2 May 2005, 15:00 to 18:00 (Europe/Zurich).');
    expect(desc).toContain('Decision the meeting feeds into: WSIS PrepCom-3, 19 September 2005.');
    expect(desc).toContain('Notice needed: 56 days, so the invitation goes out by 7 March 2005.');
    expect(desc).toContain('The notice is 42 days short.');
    // The shortfall is drawn from the day it should have been sent to the day it was.
    expect(svg).toMatch(/class="shortfall"/);
    expect(svg).toContain('Notice needed: 56 days · 42 days short');
    // An in-person meeting: the time-zone strip says why there is none.
    expect(html).toContain('Nobody joins remotely, so local hours elsewhere do not apply.');
  });

  it('marks documents published late in days, and the decision taken too soon', async () => {
    const html = await htmlOf(lintFixture('failing/consultation-twelve-days-before-decision.yaml'));
    const result = lintFixture('failing/consultation-twelve-days-before-decision.yaml')[0]!;
    const engagement = result.criteria.find((criterion) => criterion.rule === 'early-engagement')!;
    expect(engagement.status).toBe('fail');
    const { meetingEnd, holdBy } = engagement.evidence as { meetingEnd: string; holdBy: string };
    const days = (Date.parse(meetingEnd) - Date.parse(holdBy)) / 86_400_000;
    expect(html).toContain(`The time before the decision is ${days} days short.`);
  });

  it('shows each invitee zone’s local time against the fair-hours window, failing where the rule fails', async () => {
    const online = fixture(PASSING)
      .replace('  venue: { name: Palais des Nations, city: Geneva, country: CH }\n', '  online: true\n')
      .replace('regions: [europe, africa]', 'regions: [europe, north-america]');
    const report = lintText(online, { asOf: AS_OF, filePath: 'online.yaml' });
    const [result] = report.results;
    const finding = result!.findings.find((f) => f.rule === 'fair-hours')!;
    const outside = finding.evidence['zonesOutside'] as string[];
    expect(outside.length).toBeGreaterThan(0);
    const html = await render('html', report);
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td><td><span class="status status-(pass|fail)">/g)];
    expect(rows.map((row) => row[1])).toEqual(result!.facts!.inviteeZones);
    const failing = rows.filter((row) => row[3] === 'fail').map((row) => row[1]);
    expect(failing).toEqual(outside.map((text) => text.split(' ')[0]));
    // Los Angeles at 13:00 Zurich time is 04:00: drawn, labelled and captioned.
    expect(html).toContain('America/Los_Angeles: 16 March 2026, 05:00–08:00, outside 06:00–24:00');
    expect(html).toContain('The meeting, 16 March 2026, 13:00–16:00 Europe/Zurich: local time in each invitee zone against 06:00–24:00');
  });

  it('links each finding to its rule page, which the report carries', async () => {
    const [result] = lintFixture(WSIS_2005);
    const html = await htmlOf([result!]);
    const findings = /<ol class="findings">([^]*?)<\/ol>/.exec(html)![1]!;
    const items = findings.split('<li>').slice(1);
    expect(items).toHaveLength(result!.findings.length);
    items.forEach((item, index) => {
      const rule = result!.findings[index]!.rule;
      expect(item).toContain(`<a href="#rule-${rule}">`);
      expect(html).toContain(`<article class="rule-page" id="rule-${rule}"`);
      expect(item).toContain(escapeHtml(result!.findings[index]!.message).replace(/`([^`]+)`/g, '<code>$1</code>'));
    });
    expect(html).toContain('<strong>Remedy:</strong> move the meeting to 2005-06-13 or later');
  });

  it('escapes every piece of announcement text: no tag or attribute of its own reaches the page', async () => {
    const html = await htmlOf(lintFixture(HOSTILE));
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase()));
    expect([...tags].filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
    expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('Secretariat &lt;b&gt;bold&lt;/b&gt;');
    // Control characters and terminal escapes are gone.
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  it('is written by the CLI with --format html -o FILE', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'invitelint-html-'));
    const out = path.join(folder, 'report.html');
    const run = runCli([path.join(ROOT, 'fixtures', WSIS_2005), '--as-of', AS_OF, '--format', 'html', '-o', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2 id="doc-1-heading">Informal consultations on WSIS implementation and follow-up</h2>');
    expect(html).toContain('<span class="status status-fail">✖ fail: 8</span>');
  });
});

describe('the time-zone strip', () => {
  it('writes a session that ends at local midnight as ending at 24:00 that day, within a window up to 24:00', async () => {
    const text = fixture(PASSING)
      .replace('  venue: { name: Palais des Nations, city: Geneva, country: CH }\n', '  online: true\n')
      .replace('regions: [europe, africa]', 'timezones: [Asia/Bangkok]')
      .replace('start: 2026-03-16T13:00', 'start: 2026-03-16T15:00');
    const html = await render('html', lintText(text, { asOf: AS_OF }));
    expect(html).toContain('<tr><th scope="row">Asia/Bangkok</th><td>16 March 2026, 21:00–24:00</td><td><span class="status status-pass">✔ within</span>');
  });
});
