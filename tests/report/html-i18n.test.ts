// The HTML report in French and Spanish (issue 22): the page's language, the criteria and statuses in it, dates as
// its readers write them, and no English word left in what a reader sees or hears, outside what the report quotes
// from the announcement (its title, file, names) and code. Findings and rule pages of rules whose translation has
// not landed yet are left out of that check, rule by rule: each rule's own test checks its messages.
import { describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/engine/types.js';
import { lintText, RULES } from '../../src/index.js';
import type { TranslatedLocale } from '../../src/i18n/locale.js';
import { loadFormatter } from '../../src/report/format.js';
import { englishLeft } from '../i18n/english.js';
import { fixture, PASSING, WSIS_2005 } from '../helpers.js';

const AS_OF = '2026-12-02';
const TRANSLATED = new Map(RULES.map((rule) => [rule.meta.id, rule.translations !== undefined]));

const lint = (text: string, filePath: string) => lintText(text, { asOf: AS_OF, filePath });
const wsis = () => lint(fixture(WSIS_2005), `fixtures/${WSIS_2005}`);
/** The passing consultation held online with invitees in two regions: the time-zone strip is drawn. */
const online = () =>
  lint(
    fixture(PASSING)
      .replace('  venue: { name: Palais des Nations, city: Geneva, country: CH }\n', '  online: true\n')
      .replace('regions: [europe, africa]', 'regions: [europe, north-america]'),
    'online.yaml',
  );
/** Documents published late and a decision too soon after the meeting: the timeline's shortfalls. */
const late = () => lint(fixture('failing/consultation-twelve-days-before-decision.yaml'), 'late.yaml');

async function html(report: LintReport, locale: TranslatedLocale): Promise<string> {
  return (await loadFormatter('html'))(report, { color: false, rules: RULES, locale });
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the announcement itself wrote and the report shows as it is: titles, file names, names, time zones. */
function userText(report: LintReport): string[] {
  return report.results.flatMap((result) => [
    result.file,
    result.title ?? '',
    ...(result.facts?.documents.map((document) => document.title) ?? []),
    result.facts?.decision?.name ?? '',
    result.facts?.meetingZone ?? '',
    ...(result.facts?.inviteeZones ?? []),
  ]).filter(Boolean);
}

/**
 * The text a reader sees or a screen reader speaks: the page without its styles, code, the findings, scorecard
 * names and rule pages of rules not yet translated, and the announcement's own text; tags removed, entities decoded.
 * aria-label values are added, since they are spoken.
 */
function visibleText(page: string, report: LintReport): string {
  const untranslated = (rule: string) => TRANSLATED.get(rule) === false;
  let text = page
    .replace(/<style>[^]*?<\/style>/g, ' ')
    // A finding of a rule whose messages are not translated yet (its rule id is in the finding's first line).
    .replace(/<li><p><span class="status[^]*?<\/li>/g, (item) => {
      const rule = /<\/strong> <code>([a-z-]+)<\/code>/.exec(item)?.[1];
      return rule && untranslated(rule) ? ' ' : item;
    })
    .replace(/<tr><th scope="row">(?:(?!<\/tr>)[^])*?<code>([a-z-]+)<\/code><\/td><\/tr>/g, (row, rule: string) => (untranslated(rule) ? ' ' : row))
    .replace(/<article class="rule-page" id="rule-([a-z-]+)"[^]*?<\/article>/g, (article, rule: string) => (untranslated(rule) ? ' ' : article))
    .replace(/<pre>[^]*?<\/pre>/g, ' ')
    .replace(/<code>[^]*?<\/code>/g, ' ')
    // A rule page's titles of English documents (in italics) and its tables of option names and values, which
    // tests/rules/pages-i18n.test.ts checks against the metadata.
    .replace(/<em>[^]*?<\/em>/g, ' ')
    .replace(/(<article class="rule-page"[^]*?<\/article>)/g, (article) => article.replace(/<table>[^]*?<\/table>/g, ' '));
  const labels = [...text.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]!);
  // Quotations of norms and of the 2005 complaint stay in their language, inside quotes, as the pages write them.
  text = decode(`${text.replace(/<[^>]*>/g, ' ')} ${labels.join(' ')}`).replace(/"[^"]*"/g, ' ').replace(/“[^”]*”/g, ' ').replace(/«[^»]*»/g, ' ');
  for (const value of userText(report).sort((a, b) => b.length - a.length)) text = text.replace(new RegExp(escapeRegExp(value), 'g'), ' ');
  return text;
}

describe.each([
  {
    locale: 'fr' as const,
    date: '2 mai 2005',
    criteria: ['Délai de convocation', 'Participation à distance'],
    statuses: ['✖ non conforme', '? non précisé', '✔ conforme', '– sans objet'],
    words: ['Tableau des critères', 'Chronologie', 'Constats', 'Pages des règles', 'Horaires équitables par fuseau horaire'],
  },
  {
    locale: 'es' as const,
    date: '2 de mayo de 2005',
    criteria: ['Plazo de convocatoria', 'Participación a distancia'],
    statuses: ['✖ no cumple', '? no indicado', '✔ cumple', '– no aplica'],
    words: ['Cuadro de criterios', 'Cronología', 'Observaciones', 'Páginas de las reglas', 'Horarios equitativos por huso horario'],
  },
])('the HTML report in $locale', ({ locale, date, criteria, statuses, words }) => {
  it('is in that language: lang, criteria, statuses, headings and dates', async () => {
    const report = wsis();
    const page = await html(report, locale);
    expect(page.startsWith(`<!doctype html>\n<html lang="${locale}">`)).toBe(true);
    const scorecard = /<table class="scorecard">[^]*?<\/table>/.exec(page)![0];
    for (const name of criteria) expect(scorecard).toContain(`>${name}</a></th>`);
    for (const status of statuses) expect(scorecard).toContain(`<span class="status status-`);
    for (const status of statuses) expect(scorecard).toContain(`">${status}</span>`);
    for (const word of words) expect(page).toContain(word);
    expect(page).toContain(date);
    // English dates are gone from the prose and the drawing.
    expect(page).not.toMatch(/\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
    expect(page).not.toContain('invitelint report');
  });

  it('leaves no English word in what is read, for the 2005 case, an online meeting and late documents', async () => {
    for (const report of [wsis(), online(), late()]) {
      const page = await html(report, locale);
      const text = visibleText(page, report);
      const left = text.split(/\n/).filter((line) => englishLeft(line).length > 0);
      expect(left, report.results[0]!.file).toEqual([]);
    }
  });

  it('draws the time-zone strip in the locale', async () => {
    const page = await html(online(), locale);
    const strip = /<table class="zones">[^]*?<\/table>/.exec(page)![0];
    expect(strip).toContain(locale === 'fr' ? '✖ hors plage' : '✖ fuera');
    expect(strip).toContain(locale === 'fr' ? '16 mars 2026' : '16 de marzo de 2026');
    expect(strip).not.toMatch(/within|outside|Invitee zone/);
  });

  it('carries each translated rule’s page in the locale', async () => {
    const page = await html(wsis(), locale);
    for (const rule of RULES.filter((each) => each.translations)) {
      const article = new RegExp(`<article class="rule-page" id="rule-${rule.meta.id}"[^]*?</article>`).exec(page)![0];
      expect(article).toContain(`${rule.translations![locale].criterion} <code>${rule.meta.id}</code></h3>`);
      expect(article).toContain(locale === 'fr' ? '<h5>Pourquoi</h5>' : '<h5>Por qué</h5>');
    }
  });
});
