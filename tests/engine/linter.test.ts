// The engine is given its rules: a linter made from made-up rules lints with those and no others, asks a
// rule's dependencies through its context, and checks what a configuration names against its own catalogue.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createLinter, defineRule, lintText, type ConfigInput, type Preset, type Rule } from '../../src/index.js';
import { ConfigReader, parseConfig } from '../../src/config/load.js';
import { fixture, PASSING } from '../helpers.js';

/** Fails an announcement whose title is shorter than `minLength` characters. */
const titleLength = defineRule({
  meta: {
    id: 'title-length',
    criterion: 'Title length',
    description: 'The title says what the meeting is about.',
    severity: 'warn',
    options: () => z.strictObject({ minLength: z.number().int().min(1).describe('Fewest characters.') }),
    defaults: { minLength: 10 },
    sources: [{ title: 'A made-up norm' }],
  },
  page: '# title-length\n',
  messages: {
    'too-short': (a: { length: number; minLength: number }) => ({ message: `the title has ${a.length} characters; at least ${a.minLength} are needed` }),
  },
  check(facts, options) {
    const length = facts.announcement.title.length;
    if (length >= options.minLength) return { status: 'pass', findings: [] };
    return {
      status: 'fail',
      findings: [{ messageId: 'too-short', at: facts.locate(['title']), evidence: { length, minLength: options.minLength } }],
    };
  },
});

/** Passes when every rule its options name passes: a rule that evaluates others, as honest-labels does. */
const allOf = defineRule({
  meta: {
    id: 'all-of',
    criterion: 'All of',
    description: 'Every named rule passes.',
    severity: 'error',
    options: () => z.strictObject({ rules: z.array(z.string()) }),
    defaults: { rules: ['title-length'] },
    sources: [],
    evaluates: (options) => options.rules,
  },
  page: '# all-of\n',
  messages: {
    fails: (a: { failing: string[] }, _words, criterionOf) => ({ message: `fails ${a.failing.map(criterionOf).join(', ')}` }),
  },
  check(_facts, options, context) {
    const failing = options.rules.filter((id) => context.statusOf(id) !== 'pass');
    if (failing.length === 0) return { status: 'pass', findings: [] };
    return {
      status: 'fail',
      findings: [{ messageId: 'fails', at: _facts.locate([]), evidence: { failing } }],
    };
  },
});

/** Asks about a rule its metadata does not declare: the engine refuses. */
const undeclared = defineRule({
  meta: { id: 'undeclared', criterion: 'Undeclared', description: 'Asks about a rule it does not declare.', severity: 'error', options: () => z.strictObject({}), defaults: {}, sources: [] },
  page: '',
  messages: {},
  check(_facts, _options, context) {
    return { status: context.statusOf('title-length'), findings: [] };
  },
});

const PRESETS: Preset[] = [
  { name: 'recommended', description: 'Defaults.', sources: [], ruleDefaults: true, rules: {} },
  { name: 'long-titles', description: 'Titles of 200 characters.', sources: [], rules: { 'title-length': { severity: 'error', options: { minLength: 200 } } } },
];

const linter = createLinter({ rules: [titleLength, allOf], presets: PRESETS });
const text = fixture(PASSING);

function lint(config?: ConfigInput, rules: readonly Rule[] = [titleLength, allOf]) {
  return lintText(text, { asOf: '2026-01-05', linter: createLinter({ rules, presets: PRESETS }), ...(config && { config }) }).results[0]!;
}

describe('createLinter({ rules, presets })', () => {
  it('lints with the rules it is given, in their order, and no others', () => {
    const result = lint();
    expect(result.criteria.map((criterion) => [criterion.rule, criterion.status, criterion.severity])).toEqual([
      ['title-length', 'pass', 'warn'],
      ['all-of', 'pass', 'error'],
    ]);
  });

  it('applies its own presets, and a rule that evaluates another sees that rule\'s configured verdict', () => {
    const result = lint({ extends: ['recommended', 'long-titles'] });
    const title = result.findings.find((finding) => finding.rule === 'title-length')!;
    expect(title.severity).toBe('error');
    expect(title.message).toMatch(/^the title has \d+ characters; at least 200 are needed$/);
    expect(title.path).toBe('title');
    expect(result.findings.find((finding) => finding.rule === 'all-of')!.message).toBe('fails Title length');
  });

  it('asks an off rule with its default options when another rule evaluates it', () => {
    const result = lint({ rules: { 'title-length': 'off', 'all-of': ['error', { rules: ['title-length'] }] } });
    expect(result.criteria.find((criterion) => criterion.rule === 'title-length')!.status).toBe('off');
    expect(result.criteria.find((criterion) => criterion.rule === 'all-of')!.status).toBe('pass');
  });

  it('reports a rule named in options that is not among its rules as invalid options', () => {
    const result = lint({ rules: { 'all-of': ['error', { rules: ['notice-period'] }] } });
    expect(result.findings.map((finding) => [finding.rule, finding.message])).toEqual([
      ['invalid-options', expect.stringContaining('`notice-period` is not a rule')],
    ]);
  });

  it('reads config files against its own catalogue', () => {
    const reader = new ConfigReader(linter);
    expect(parseConfig('extends: [long-titles]\nrules:\n  title-length: [warn, { minLength: 3 }]\n', 'cfg.yaml', reader).problems).toEqual([]);
    expect(parseConfig('rules:\n  notice-period: off\n', 'cfg.yaml', reader).problems.map((problem) => problem.message)).toEqual([
      'unknown rule `notice-period`',
    ]);
    expect(parseConfig('extends: [w3c]\n', 'cfg.yaml', reader).problems.map((problem) => problem.message)).toEqual([
      'unknown preset "w3c"; presets are recommended, long-titles',
    ]);
  });

  it('refuses a rule that asks about a rule its metadata does not declare (a bug in that rule)', () => {
    const result = lint(undefined, [titleLength, undeclared]);
    expect(result.findings.map((finding) => finding.rule)).toEqual(['internal-error']);
    expect(result.findings[0]!.message).toContain('undeclared asked about title-length');
  });

  it('refuses two rules with one id, and a preset that names a rule it lacks', () => {
    expect(() => createLinter({ rules: [titleLength, titleLength], presets: PRESETS })).toThrow('two rules have the id title-length');
    expect(() => createLinter({ rules: [allOf], presets: PRESETS })).toThrow('preset long-titles sets title-length, which is not among the rules');
  });

  it('keeps what it caches to itself: two linters give the same results whatever ran before', () => {
    const first = createLinter({ rules: [titleLength, allOf], presets: PRESETS });
    const second = createLinter({ rules: [titleLength, allOf], presets: PRESETS });
    const options = { asOf: '2026-01-05', cwd: '/' } as const;
    for (let i = 0; i < 3; i++) first.lintDocuments(text, options);
    expect(second.lintDocuments(text, options)).toEqual(first.lintDocuments(text, options));
  });
});
