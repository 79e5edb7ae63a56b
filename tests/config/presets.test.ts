// Presets as rules.md's table gives them, applied in order; the same announcement passes under one preset and
// fails under another as the table's numbers say.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/index.js';
import { PRESET_NAMES } from '../../rules/index.js';
import { RULES } from '../../rules/index.js';
import { lintOne, PASSING, statusOf, variant } from '../helpers.js';

const CORE_ERRORS = [
  'notice-period',
  'remote-access',
  'time-allotted',
  'stakeholder-self-selection',
  'framework-legitimacy',
  'format-clarity',
  'honest-labels',
  'early-engagement',
];

function severities(extendsList: string[]) {
  const config = resolveConfig({ extends: extendsList });
  return Object.fromEntries(Object.entries(config.rules).map(([id, rule]) => [id, rule.severity]));
}

function options(extendsList: string[], rule: string) {
  return resolveConfig({ extends: extendsList }).rules[rule]!.options;
}

describe('presets (rules.md, "Presets")', () => {
  it('has exactly the six presets of rules.md', () => {
    expect(PRESET_NAMES).toEqual(['recommended', 'strict', 'w3c', 'ietf', 'ec-2002', 'un']);
  });

  it.each(['recommended', 'w3c', 'ietf', 'ec-2002', 'un'])('%s: error for the five core rules, format-clarity, honest-labels, early-engagement; warn for the rest', (name) => {
    const bySeverity = severities([name]);
    for (const rule of RULES) expect([rule.meta.id, bySeverity[rule.meta.id]]).toEqual([rule.meta.id, CORE_ERRORS.includes(rule.meta.id) ? 'error' : 'warn']);
  });

  it('strict: every rule an error, 56 days for hybrid meetings, fair hours 08:00 to 23:00', () => {
    expect(new Set(Object.values(severities(['strict'])))).toEqual(new Set(['error']));
    expect(options(['strict'], 'notice-period')).toMatchObject({ inPersonDays: 56, hybridDays: 56, onlineDays: 14, workingDays: false });
    expect(options(['strict'], 'fair-hours')).toEqual({ earliest: '08:00', latest: '23:00' });
    expect(options(['strict'], 'material-changes')).toMatchObject({ inPersonDays: 56, hybridDays: 56, onlineDays: 14 });
  });

  it('w3c: notice 56 in person and hybrid, 7 online; documents 14 / 1', () => {
    expect(options(['w3c'], 'notice-period')).toMatchObject({ inPersonDays: 56, hybridDays: 56, onlineDays: 7, workingDays: false });
    expect(options(['w3c'], 'documents-in-advance')).toEqual({ inPersonDays: 14, onlineDays: 1 });
    expect(options(['w3c'], 'material-changes')).toMatchObject({ inPersonDays: 56, hybridDays: 56, onlineDays: 7 });
  });

  it('ietf: notice 28 in person and hybrid, 14 online; documents 14 / 7', () => {
    expect(options(['ietf'], 'notice-period')).toMatchObject({ inPersonDays: 28, hybridDays: 28, onlineDays: 14, workingDays: false });
    expect(options(['ietf'], 'documents-in-advance')).toEqual({ inPersonDays: 14, onlineDays: 7 });
    expect(options(['ietf'], 'material-changes')).toMatchObject({ inPersonDays: 28, hybridDays: 28, onlineDays: 14 });
  });

  it('ec-2002: 20 working days for every mode', () => {
    expect(options(['ec-2002'], 'notice-period')).toMatchObject({ inPersonDays: 20, hybridDays: 20, onlineDays: 20, workingDays: true });
  });

  it('un: documents 42 days; language-access minLanguages 6', () => {
    expect(options(['un'], 'documents-in-advance')).toEqual({ inPersonDays: 42, onlineDays: 42 });
    expect(options(['un'], 'language-access')).toEqual({ minLanguages: 6 });
  });

  it('applies presets in order: a later preset overrides what an earlier one set', () => {
    expect(options(['strict', 'ietf'], 'notice-period')).toMatchObject({ hybridDays: 28 });
    expect(options(['ietf', 'strict'], 'notice-period')).toMatchObject({ hybridDays: 56, inPersonDays: 28 });
    expect(severities(['strict', 'recommended'])['fair-hours']).toBe('warn');
    expect(severities(['recommended', 'strict'])['fair-hours']).toBe('error');
    // A preset sets only what it names: ietf after strict keeps strict's severities and fair hours.
    expect(severities(['strict', 'ietf'])['fair-hours']).toBe('error');
    expect(options(['strict', 'ietf'], 'fair-hours')).toEqual({ earliest: '08:00', latest: '23:00' });
  });

  it("applies --preset after the config's extends, and the config's rules after every preset", () => {
    const config = resolveConfig({ extends: ['w3c'], rules: { 'notice-period': ['error', { onlineDays: 10 }] } }, { presets: ['ietf'] });
    expect(config.extends).toEqual(['w3c', 'ietf']);
    expect(config.rules['notice-period']!.options).toMatchObject({ inPersonDays: 28, hybridDays: 28, onlineDays: 10 });
  });

  it('lets --rule override the config file and the presets', () => {
    const config = resolveConfig({ extends: ['strict'], rules: { 'fair-hours': 'warn' } }, { rules: { 'fair-hours': 'off' } });
    expect(config.rules['fair-hours']!.severity).toBe('off');
  });
});

describe('the same announcement under different presets', () => {
  const lint = (text: string, presets: string[]) => lintOne(text, { config: { extends: presets } });

  it('35 days before a hybrid meeting: passes recommended and ietf (28), fails w3c and strict (56)', () => {
    const text = variant(PASSING, { issued: '2026-02-09' });
    expect(statusOf(lint(text, ['recommended']), 'notice-period')).toBe('pass');
    expect(statusOf(lint(text, ['ietf']), 'notice-period')).toBe('pass');
    expect(statusOf(lint(text, ['w3c']), 'notice-period')).toBe('fail');
    expect(statusOf(lint(text, ['strict']), 'notice-period')).toBe('fail');
  });

  it('ec-2002 counts working days: 24 calendar days from a Friday are 16 working days, short of 20', () => {
    const fromFriday = variant(PASSING, { issued: '2026-02-20' });
    const result = lint(fromFriday, ['ec-2002']);
    expect(statusOf(result, 'notice-period')).toBe('fail');
    expect(result.findings.find((finding) => finding.rule === 'notice-period')!.message).toMatch(/16 working days/);
    // Four weeks from a Monday are exactly 20 working days (no registration deadline, which counts in working days too).
    const fromMonday = variant(PASSING, { issued: '2026-02-16', 'admission.closes': undefined });
    expect(statusOf(lint(fromMonday, ['ec-2002']), 'notice-period')).toBe('pass');
  });

  it('documents 28 days before: passes recommended (14), fails un (42)', () => {
    expect(statusOf(lint(fixturePassing(), ['recommended']), 'documents-in-advance')).toBe('pass');
    expect(statusOf(lint(fixturePassing(), ['un']), 'documents-in-advance')).toBe('fail');
  });

  it('three languages without captioning: passes recommended (2), fails un (6)', () => {
    const text = variant(PASSING, { 'accessibility.captioning': false });
    expect(statusOf(lint(text, ['recommended']), 'language-access')).toBe('pass');
    expect(statusOf(lint(text, ['un']), 'language-access')).toBe('fail');
  });

  it('a 07:00 start in Geneva is 06:00 in London and Dakar: passes recommended (06:00), fails strict (08:00)', () => {
    const text = variant(PASSING, { 'meeting.start': '2026-03-16T07:00' });
    expect(statusOf(lint(text, ['recommended']), 'fair-hours')).toBe('pass');
    expect(statusOf(lint(text, ['strict']), 'fair-hours')).toBe('fail');
  });

  it('under strict every finding is an error', () => {
    const result = lint(variant(PASSING, { documents: undefined }), ['strict']);
    expect(result.findings.filter((f) => f.rule === 'documents-in-advance').map((f) => f.severity)).toEqual(['error']);
    const recommended = lint(variant(PASSING, { documents: undefined }), ['recommended']);
    expect(recommended.findings.filter((f) => f.rule === 'documents-in-advance').map((f) => f.severity)).toEqual(['warn']);
  });
});

function fixturePassing(): string {
  return variant(PASSING, {});
}
