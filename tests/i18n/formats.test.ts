// `invitelint fixtures/wsis-2005-informal-consultations.yaml --locale fr` reads as a French secretariat would
// write it, in every format, and the same for Spanish (issue 22): the words a locale would use are there, and no
// English is left outside what the announcement itself wrote (its title, the values it quoted), code and URLs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { lintText } from '../../src/index.js';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../src/i18n/locale.js';
import { loadFormatter, type FormatName } from '../../src/report/format.js';
import { fixture, ROOT, runCli, WSIS_2005 } from '../helpers.js';
import { englishLeft } from './english.js';

const TEXT = fixture(WSIS_2005);
const report = lintText(TEXT, { asOf: '2026-12-02', filePath: 'fixtures/wsis-2005-informal-consultations.yaml' });
const TITLE = report.results[0]!.title!;

/** What a translation keeps as the announcement and the format wrote it. */
function withoutVerbatim(output: string): string {
  return output
    .replace(/\bhttps?:\/\/[^\s)]+/g, ' ')
    .split(TITLE)
    .join(' ')
    .replace(/fixtures\/[\w./-]+/g, ' ')
    .replace(new RegExp(`\\b(${RULES.map((rule) => rule.meta.id).join('|')})\\b`, 'g'), ' ')
    .replace(/'[^'\n]*'/g, ' ')
    .replace(/\binvitelint\b/g, ' ');
}

const EXPECTED: Record<TranslatedLocale, { words: string[]; date: string }> = {
  fr: { words: ['Délai de convocation', 'non conforme', 'erreur'], date: '2 mai 2005' },
  es: { words: ['Plazo de convocatoria', 'no cumple', 'error'], date: '2 de mayo de 2005' },
};

const TEXT_FORMATS = ['stylish', 'markdown', 'junit', 'github'] as const satisfies readonly FormatName[];

describe('the 2005 invitation in French and Spanish', () => {
  it.each(TRANSLATED_LOCALES.flatMap((locale) => TEXT_FORMATS.map((format) => [format, locale] as const)))('%s (%s) is in the locale, with no English left', async (format, locale) => {
    const output = (await loadFormatter(format))(report, { color: false, rules: RULES, locale });
    expect(output).toContain(EXPECTED[locale].date);
    if (format !== 'github') for (const word of EXPECTED[locale].words) expect(output).toContain(word);
    // GitHub's workflow commands are the runner's syntax, not words.
    const prose = format === 'github' ? output.replace(/::(error|warning|notice) [^:]*::/g, ' ') : format === 'junit' ? output.replace(/<[^>]*>/g, ' ') : output;
    const left = withoutVerbatim(prose)
      .split('\n')
      .map((line) => [line, englishLeft(line)] as const)
      .filter(([, words]) => words.length > 0);
    expect(left.map(([line, words]) => `${words.join(',')}: ${line}`)).toEqual([]);
  });

  it.each(TRANSLATED_LOCALES)('json stays English with message ids (%s asked)', async (locale) => {
    const english = (await loadFormatter('json'))(report, { color: false, rules: RULES });
    expect((await loadFormatter('json'))(report, { color: false, rules: RULES, locale })).toBe(english);
    const findings = JSON.parse(english).results[0].findings as { messageId: string; rule: string }[];
    for (const finding of findings) expect(finding.messageId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(TRANSLATED_LOCALES)('sarif (%s): message ids, arguments and messageStrings, the run in the locale', async (locale) => {
    const log = JSON.parse((await loadFormatter('sarif'))(report, { color: false, rules: RULES, locale }));
    const run = log.runs[0];
    expect(run.language).toBe(locale);
    for (const result of run.results) {
      const rule = run.tool.driver.rules[result.ruleIndex];
      expect(rule.messageStrings[result.message.id], `${rule.id} has a template for ${result.message.id}`).toEqual({ text: '{0}' });
      expect(result.message.arguments).toEqual([result.message.text]);
      expect(englishLeft(withoutVerbatim(result.message.text)), result.message.text).toEqual([]);
    }
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'notice-period').shortDescription.text).toBe(EXPECTED[locale].words[0]);
  });
});

describe('the command line', () => {
  it('--locale fr prints the French report; the English one is unchanged without it', () => {
    const file = path.join(process.cwd(), 'fixtures', WSIS_2005);
    const french = runCli([file, '--as-of', '2026-12-02', '--locale', 'fr', '--no-color']);
    expect(french.stdout).toContain('annoncée 14 jours avant une réunion en présentiel le 2 mai 2005');
    expect(french.status).toBe(1);
    const english = runCli([file, '--as-of', '2026-12-02', '--no-color']);
    expect(english.stdout).toContain('announced 14 days before an in-person meeting on 2005-05-02');
  });

  it('a config `locale: es` in the working folder gives a Spanish report; --locale overrides it', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'invitelint-locale-'));
    writeFileSync(path.join(folder, '.invitelint.yaml'), 'locale: es\n');
    writeFileSync(path.join(folder, 'wsis.yaml'), TEXT);
    const spanish = runCli(['wsis.yaml', '--as-of', '2026-12-02', '--no-color'], { cwd: folder });
    expect(spanish.stdout).toContain('Plazo de convocatoria');
    const english = runCli(['wsis.yaml', '--as-of', '2026-12-02', '--no-color', '--locale', 'en'], { cwd: folder });
    expect(english.stdout).toContain('Notice period');
  });

  it('refuses an unknown locale with the ones it speaks', () => {
    const run = runCli(['x.yaml', '--locale', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('en, fr, es');
  });

  it('explain and rules speak the locale', () => {
    expect(runCli(['explain', 'notice-period', '--locale', 'fr', '--no-color']).stdout).toContain('Délai de convocation');
    expect(runCli(['explain', 'notice-period', '--locale', 'es', '--no-color']).stdout).toContain('Plazo de convocatoria');
    expect(runCli(['rules', '--locale', 'fr', '--no-color']).stdout).toContain('Délai de convocation');
  });
});

describe('every rule speaks every locale', () => {
  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s: the same message ids, every option and norm translated', (_id, rule) => {
    expect(rule.messages, 'English messages').toBeDefined();
    for (const locale of TRANSLATED_LOCALES) {
      const translation = rule.translations?.[locale];
      expect(translation, locale).toBeDefined();
      expect(Object.keys(translation!.messages).sort(), locale).toEqual(Object.keys(rule.messages!).sort());
      expect(Object.keys(translation!.options).sort(), locale).toEqual(Object.keys(rule.meta.options().shape).sort());
      expect(translation!.sources, locale).toHaveLength(rule.meta.sources.length);
      for (const text of [translation!.criterion, translation!.description, ...Object.values(translation!.options)]) {
        expect(englishLeft(text), `${locale}: ${text}`).toEqual([]);
      }
    }
  });
});

describe('README: the French and Spanish extract', () => {
  it('is what the command prints', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## In French and Spanish'), readme.indexOf('## Install'));
    const code = /```\n([\s\S]*?)```/.exec(section)![1]!;
    const blocks = code.split(/^\$ npx invitelint /m).slice(1);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const [command, ...lines] = block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('```'));
      const args = command!.split(' ');
      const run = runCli([path.join(ROOT, args[0]!), ...args.slice(1), '--as-of', '2026-12-02', '--no-color']);
      for (const line of lines) expect(run.stdout.split('\n'), line).toContain(line);
    }
  });
});
