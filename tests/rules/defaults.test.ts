// Each rule's declared defaults (meta.defaults, what a run without options uses, unvalidated) are valid options,
// one for each option of its schema, and a configuration that gives options still gets them validated.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, RULES } from '../../rules/index.js';
import { createLinter } from '../../src/engine/linter.js';

describe('rule defaults', () => {
  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s: meta.defaults are valid options, one for each of its schema', (_id, rule) => {
    expect(rule.meta.options().parse(rule.meta.defaults)).toEqual(rule.meta.defaults);
    expect(Object.keys(rule.meta.defaults).sort()).toEqual(Object.keys(rule.meta.options().shape).sort());
    expect(Object.isFrozen(rule.meta.defaults)).toBe(true);
  });

  it('are what a configuration without options resolves to, and options given are still checked and filled in', () => {
    const linter = createLinter(CATALOGUE);
    const resolved = linter.resolveConfig();
    for (const rule of RULES) expect(resolved.rules[rule.meta.id]!.options, rule.meta.id).toBe(rule.meta.defaults);
    const given = linter.resolveConfig({ rules: { 'notice-period': ['error', { hybridDays: 21 }] } });
    expect(given.rules['notice-period']!.options).toEqual({ ...RULES.find((rule) => rule.meta.id === 'notice-period')!.meta.defaults, hybridDays: 21 });
    expect(() => linter.resolveConfig({ rules: { 'notice-period': ['error', { hybridDays: -1 }] } })).toThrow(/rules\.notice-period\.hybridDays/);
    // A rule that evaluates others has the ids of its defaults checked against the catalogue too.
    const withoutNotice = createLinter({ rules: RULES.filter((rule) => rule.meta.id !== 'notice-period'), presets: [] });
    expect(() => withoutNotice.resolveConfig({ extends: [] })).toThrow(/notice-period` is not a rule/);
  });
});
