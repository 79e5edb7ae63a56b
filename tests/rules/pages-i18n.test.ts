// Each rule page exists in French and Spanish (README.fr.md, README.es.md beside README.md): the same sections under
// the locale's headings, the same YAML examples byte for byte (the English page's tests lint them), the same options
// with their defaults, and no English sentence left outside code, quotations, titles in italics and links.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { describeRule } from '../../src/engine/catalogue.js';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../src/i18n/locale.js';
import { cells, formatDefault } from '../../src/tools/doc-tables.mjs';
import { ROOT } from '../helpers.js';
import { englishLeft } from '../i18n/english.js';

const HEADINGS: Record<TranslatedLocale, { title: (id: string, criterion: string) => string; sections: string[]; header: string; noOptions: string }> = {
  fr: {
    title: (id, criterion) => `# ${id} : ${criterion}`,
    sections: ['Ce qu’elle vérifie', 'Options', 'Pourquoi', 'Exemple non conforme', 'Exemple conforme'],
    header: '| option | valeur par défaut | signification |',
    noOptions: 'Cette règle n’a pas d’options.',
  },
  es: {
    title: (id, criterion) => `# ${id}: ${criterion}`,
    sections: ['Qué comprueba', 'Opciones', 'Por qué', 'Ejemplo que no cumple', 'Ejemplo que cumple'],
    header: '| opción | valor por defecto | significado |',
    noOptions: 'Esta regla no tiene opciones.',
  },
};
const ENGLISH_SECTIONS = ['What it checks', 'Options', 'Why', 'Failing example', 'Passing example'];

const pageOf = (id: string, locale: 'en' | TranslatedLocale) => readFileSync(path.join(ROOT, 'rules', id, locale === 'en' ? 'README.md' : `README.${locale}.md`), 'utf8');
const yamlBlocks = (page: string) => [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!.replace(/^\s*#.*$/gm, '').replace(/\s+#.*$/gm, ''));
const sections = (page: string) => [...page.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);

function sectionOf(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const next = page.indexOf('\n## ', start + 4);
  return page.slice(start, next < 0 ? undefined : next);
}

/** The page's prose: without code blocks, code spans, links' targets, titles in italics, quotations and rule ids. */
function prose(page: string): string {
  return page
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(new RegExp(`\\b(${RULES.map((rule) => rule.meta.id).join('|')})\\b`, 'g'), ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\*[^*\n]+\*/g, ' ')
    .replace(/^\|.*\|$/gm, (row) => row.split('|').slice(3).join('|'));
}

const CASES = RULES.flatMap((rule) => TRANSLATED_LOCALES.map((locale) => [rule.meta.id, locale, rule] as const));

describe('rule pages in French and Spanish', () => {
  it.each(CASES)('%s (%s): title and sections under the locale headings', (id, locale, rule) => {
    const page = pageOf(id, locale);
    const expected = HEADINGS[locale];
    const criterion = rule.translations?.[locale].criterion;
    if (criterion !== undefined) expect(page.split('\n')[0]).toBe(expected.title(id, criterion));
    else expect(page.split('\n')[0]).toMatch(new RegExp(`^# ${id} ?: `));
    const english = sections(pageOf(id, 'en'));
    expect(sections(page)).toEqual(english.map((heading) => expected.sections[ENGLISH_SECTIONS.indexOf(heading)] ?? heading));
  });

  it.each(CASES)('%s (%s): the YAML examples are the English page’s', (id, locale) => {
    expect(yamlBlocks(pageOf(id, locale))).toEqual(yamlBlocks(pageOf(id, 'en')));
  });

  it.each(CASES)('%s (%s): the options table has the metadata’s options and defaults', (id, locale, rule) => {
    const options = describeRule(rule).options;
    const section = sectionOf(pageOf(id, locale), HEADINGS[locale].sections[1]!);
    if (Object.keys(options).length === 0) {
      expect(section).toContain(HEADINGS[locale].noOptions);
      return;
    }
    expect(section).toContain(HEADINGS[locale].header);
    const rows = section.split('\n').filter((line) => line.startsWith('|')).slice(2).map(cells);
    expect(rows.map((row) => row[0])).toEqual(Object.keys(options).map((name) => `\`${name}\``));
    expect(rows.map((row) => row[1])).toEqual(Object.values(options).map((option) => formatDefault(option.default)));
    for (const row of rows) expect(row[2]?.length).toBeGreaterThan(0);
  });

  it.each(CASES)('%s (%s): no English left in the prose', (id, locale) => {
    const left = prose(pageOf(id, locale))
      .split('\n')
      .map((line) => [line, englishLeft(line)] as const)
      .filter(([, words]) => words.length > 0);
    expect(left.map(([line, words]) => `${words.join(',')}: ${line}`)).toEqual([]);
  });

  it.each(CASES)('%s (%s): the rule ships the page on disk', (id, locale, rule) => {
    const translation = rule.translations?.[locale];
    if (translation) expect(translation.page).toBe(pageOf(id, locale));
    else expect(pageOf(id, locale).length).toBeGreaterThan(0);
  });
});
