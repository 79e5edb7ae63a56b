// The engine's own findings (waivers, report limits, internal errors) read in the report's locale too (issue 22):
// each has a message id and its values in `evidence`, English stays what it was, and French and Spanish leave no
// English sentence behind.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { lintText } from '../../src/index.js';
import { documentError, internalErrorResult } from '../../src/engine/findings.js';
import { limitFindingsPerRule } from '../../src/engine/limits.js';
import { engineCatalogue, ENGINE_MESSAGE_IDS, isEngineMessageId } from '../../src/engine/messages.js';
import { PROBLEM_MESSAGE_IDS, problemCatalogue } from '../../src/announcement/messages.js';
import type { LintOptions } from '../../src/index.js';
import type { Finding } from '../../src/engine/types.js';
import { LOCALES, TRANSLATED_LOCALES } from '../../src/i18n/locale.js';
import { loadFormatter } from '../../src/report/format.js';
import { localizer, localizeReport } from '../../src/report/localize.js';
import { fixture, WSIS_2005 } from '../helpers.js';
import { englishLeft } from './english.js';

const ENGINE_RULES = new Set(['invalid-waiver', 'unused-waiver', 'report-limit', 'internal-error']);

// The 2005 invitation with every kind of wrong inline waiver above and below it.
const WAIVED = [
  '# invitelint-disable-next-line',
  '# invitelint-disable-next-line remote-access',
  '# invitelint-disable-next-line syntax -- the file is fine',
  '# invitelint-disable-next-line remote-acess -- a closed session',
  '# invitelint-disable notice-period, fair-hours -- the date was set by the Council',
  fixture(WSIS_2005).trimEnd(),
  '# invitelint-disable remote-access -- too late to waive the whole announcement',
  '# invitelint-disable-next-line remote-access -- nothing follows',
  '',
].join('\n');

const CONFIG = {
  waivers: [
    { rule: 'notice-period', reason: 'the Council set the date', expires: '2020-01-01' },
    { rule: 'early-engagement', reason: 'the process was already under way' },
  ],
};

const report = lintText(WAIVED, { asOf: '2026-12-02', filePath: 'waived.yaml', config: CONFIG });
const engineFindings = (findings: readonly Finding[]) => findings.filter((finding) => ENGINE_RULES.has(finding.rule));

/** The English and localized messages and remedies of the engine's findings, side by side. */
function messages(findings: readonly Finding[]) {
  return findings.flatMap((finding) => [finding.message, finding.remedy ?? '']).filter((text) => text !== '');
}

describe('the engine’s findings in every locale', () => {
  it('every engine message has a renderer in every locale', () => {
    for (const locale of LOCALES) {
      const catalogue = engineCatalogue(locale);
      expect(Object.keys(catalogue).sort()).toEqual([...ENGINE_MESSAGE_IDS].sort());
      for (const id of ENGINE_MESSAGE_IDS) expect(typeof catalogue[id]).toBe('function');
    }
  });

  it('the waiver findings carry their message ids, and English reads as it did', () => {
    const found = engineFindings(report.results[0]!.findings);
    expect(found.map((finding) => finding.messageId).sort()).toEqual(
      [
        'config-waiver-expired',
        'config-waiver-unused',
        'directive-unknown-rule',
        'directive-unwaivable-rule',
        'directive-without-reason',
        'directive-without-rule',
        'disable-after-first-key',
        'disable-next-line-without-key',
        'inline-waiver-unused',
      ].sort(),
    );
    const byId = new Map(found.map((finding) => [finding.messageId, finding]));
    expect(byId.get('directive-unknown-rule')!.message).toBe('the waiver names an unknown rule `remote-acess`; did you mean `remote-access`?');
    expect(byId.get('directive-unknown-rule')!.evidence).toEqual({ rule: 'remote-acess', suggestion: 'remote-access' });
    expect(byId.get('config-waiver-expired')!.message).toBe(
      'the waiver of `notice-period` in the configuration expired on 2020-01-01, so its findings count again (it said: the Council set the date)',
    );
    expect(byId.get('inline-waiver-unused')!.message).toBe('the inline waiver of `notice-period`, `fair-hours` waives no finding of `fair-hours` in this announcement');
    expect(byId.get('directive-without-reason')!.remedy).toBe('add the reason after ` -- `: `# invitelint-disable-next-line remote-access -- why it does not apply`');
    // A run settles config waivers across files by the identity in their evidence.
    expect(byId.get('config-waiver-unused')!.evidence).toMatchObject({ waiver: 'the configuration#1', rule: 'early-engagement' });
  });

  it.each(TRANSLATED_LOCALES)('waiver findings in %s leave no English behind, and dates read as the locale writes them', (locale) => {
    const english = engineFindings(report.results[0]!.findings);
    const local = engineFindings(localizeReport(report, RULES, locale).results[0]!.findings);
    expect(local.map((finding) => finding.messageId)).toEqual(english.map((finding) => finding.messageId));
    local.forEach((finding, index) => expect(finding.message).not.toBe(english[index]!.message));
    for (const text of messages(local)) expect(englishLeft(text), text).toEqual([]);
    const expired = local.find((finding) => finding.messageId === 'config-waiver-expired')!.message;
    expect(expired).toContain(locale === 'fr' ? 'a expiré le 1er janvier 2020' : 'venció el 1 de enero de 2020');
  });

  it.each(TRANSLATED_LOCALES)('the findingsPerRule limit and an internal error in %s', (locale) => {
    const finding = (line: number, severity: Finding['severity']): Finding => ({
      rule: 'language-access',
      severity,
      message: 'm',
      messageId: 'm',
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
      path: '',
      evidence: {},
      remedy: null,
      source: null,
      waived: null,
    });
    const limited = limitFindingsPerRule([finding(1, 'error'), finding(2, 'error'), finding(3, 'warn'), finding(4, 'error')], 1);
    const limit = limited.find((entry) => entry.rule === 'report-limit')!;
    expect(limit.message).toBe('language-access has 4 findings in this announcement: the first 1 are listed and 3 more (2 errors, 1 warning) are left out (the findingsPerRule limit)');
    const internal = internalErrorResult('a.yaml', 0, null, new Error('boom')).findings[0]!;
    expect(internal.evidence).toEqual({ cause: 'boom' });
    const local = localizer(RULES, locale);
    for (const entry of [limit, internal]) {
      const text = local.finding(entry).message;
      expect(text).not.toBe(entry.message);
      expect(englishLeft(text), text).toEqual([]);
    }
    expect(local.finding(limit).message).toContain(locale === 'fr' ? '2 erreurs et 1 avertissement' : '2 errores y 1 advertencia');
    expect(local.finding(internal).message).toContain('boom');
  });

  it('an error worded where it is found (its code as message id) keeps its English in every locale', () => {
    const failed = documentError('internal-error', 'internal error: boom');
    expect(failed.messageId).toBe('internal-error');
    for (const locale of TRANSLATED_LOCALES) expect(localizer(RULES, locale).finding(failed).message).toBe('internal error: boom');
  });

  it('a finding read back without its evidence keeps its English message', () => {
    const bare: Finding = { ...internalErrorResult('a.yaml', 0, null, new Error('boom')).findings[0]!, messageId: 'inline-waiver-unused', evidence: {} };
    expect(localizer(RULES, 'fr').finding(bare).message).toBe(bare.message);
  });

  it.each(TRANSLATED_LOCALES)('SARIF (%s) gives each engine finding a message id its rule lists', async (locale) => {
    const log = JSON.parse((await loadFormatter('sarif'))(report, { color: false, rules: RULES, locale }));
    const run = log.runs[0];
    const rules = new Map<string, { messageStrings: Record<string, unknown> }>(run.tool.driver.rules.map((rule: { id: string }) => [rule.id, rule]));
    const results = run.results.filter((result: { ruleId: string }) => ENGINE_RULES.has(result.ruleId));
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(isEngineMessageId(result.message.id)).toBe(true);
      expect(rules.get(result.ruleId)!.messageStrings).toHaveProperty(result.message.id);
      expect(englishLeft(result.message.arguments[0]), result.message.arguments[0]).toEqual([]);
    }
  });

  it.each(TRANSLATED_LOCALES)('stylish (%s) counts waived findings as findings', async (locale) => {
    const waivedReport = lintText(`# invitelint-disable remote-access -- a closed session by statute\n${fixture(WSIS_2005)}`, { asOf: '2026-12-02', filePath: 'w.yaml' });
    const output = (await loadFormatter('stylish'))(waivedReport, { color: false, rules: RULES, locale });
    expect(output).toContain(locale === 'fr' ? '1 constat dérogé' : '1 observación eximida');
  });

  it('every problem message has a renderer in every locale', () => {
    for (const locale of LOCALES) expect(Object.keys(problemCatalogue(locale)).sort()).toEqual([...PROBLEM_MESSAGE_IDS].sort());
  });

  // Input that cannot be checked, one case for each problem message a user meets.
  const PROBLEMS: [id: string, text: string | Uint8Array, options?: LintOptions][] = [
    ['empty-file', ''],
    ['empty-document', '~\n'],
    ['duplicate-field', 'title: a\ntitle: b\n'],
    ['yaml-tag', 'title: !foo x\n'],
    ['unclosed-quote', 'title: "abc\nmeeting: x\nb: c\n'],
    ['unknown-field', 'format_version: 2\ntitel: x\n'],
    ['required-field', 'format_version: 2\ntitel: x\n'],
    ['wrong-type', 'title: [1]\nmeeting: 3\n'],
    ['wrong-type', 'hello\n'],
    ['one-of', fixture(WSIS_2005).replace('participation: none', 'participation: speek')],
    ['utf16-file', new Uint8Array([0xff, 0xfe, 0x41, 0])],
    ['invalid-utf8', new Uint8Array([0x41, 0xe8, 0x0a])],
    ['file-too-large', 'title: a long enough title\n', { limits: { maxFileSize: 5 } }],
    ['too-deep', 'a: {b: {c: {d: 1}}}\n', { limits: { maxDepth: 2 } }],
    ['too-many-documents', 'a: 1\n---\nb: 2\n', { limits: { maxDocuments: 1 } }],
    ['too-many-aliases', 'a: &x 1\nb: *x\nc: *x\n', { limits: { maxAliasCount: 1 } }],
    ['more-problems', Array.from({ length: 205 }, (_, i) => `k${i}: 1`).join('\n')],
    ['meeting-needs-place', fixture(WSIS_2005).replace(/\n  venue: .*\n/, '\n')],
    ['time-needs-zone', fixture(WSIS_2005).replace(/\n  timezone: .*\n/, '\n')],
    ['end-before-start', fixture(WSIS_2005).replace(/\n  duration: .*\n/, '\n  end: 2005-05-02T09:00\n')],
    ['duration-and-end', fixture(WSIS_2005).replace(/\n  duration: .*\n/, (line) => `${line}  end: 2005-05-02T18:00\n`)],
  ];

  it.each(PROBLEMS)('a %s problem carries its message id and reads in French and Spanish', (id, text, options) => {
    const problems = lintText(text, { asOf: '2026-12-02', ...options });
    const english = problems.results.flatMap((result) => result.findings);
    const found = english.find((finding) => finding.messageId === id);
    expect(found, english.map((finding) => finding.messageId).join(', ')).toBeDefined();
    expect(['syntax', 'schema']).toContain(found!.rule);
    for (const locale of TRANSLATED_LOCALES) {
      const local = localizeReport(problems, RULES, locale).results.flatMap((result) => result.findings);
      local.forEach((finding, index) => {
        if (!isEngineMessageId(finding.messageId)) return;
        expect(finding.message).not.toBe(english[index]!.message);
        expect(englishLeft(finding.message), finding.message).toEqual([]);
      });
    }
  });

  it('problem messages write numbers, dates and lists as the locale does', () => {
    const local = (text: string, locale: 'fr' | 'es', options: LintOptions = {}) =>
      localizeReport(lintText(text, { asOf: '2026-12-02', ...options }), RULES, locale).results[0]!.findings[0]!.message;
    const large = `title: ${'x'.repeat(2000)}\n`;
    expect(local(large, 'fr', { limits: { maxFileSize: 1536 } })).toContain('dépasse 1,5 Ko');
    expect(local(large, 'es', { limits: { maxFileSize: 1536 } })).toContain('supera 1,5 KB');
    const oneOf = fixture(WSIS_2005).replace('participation: none', 'participation: speek');
    expect(local(oneOf, 'fr')).toContain('`none`, `listen` ou `speak`, et non "speek" ; vouliez-vous dire `speak` ?');
    expect(local(oneOf, 'es')).toContain('`none`, `listen` o `speak`, no "speek"; ¿quiso decir `speak`?');
  });
});
