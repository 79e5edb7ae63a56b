// The rule-test helper itself: the bases read back as written, a change is laid over a base as its header says,
// BASES.hybridV2 is the passing fixture line for line, and BASES.hybrid is the same in format v1.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../rules/index.js';
import type { AnnouncementV1 } from '../src/announcement/schema.js';
import { readV1AsV2 } from '../src/announcement/versions.js';
import { fixture, PASSING, PASSING_V1 } from './helpers.js';
import { BASES, inputText, lintRule } from './test-rule.js';

describe('testRule inputs', () => {
  it.each(Object.keys(BASES))('BASES.%s reads back byte for byte under an empty change', (name) => {
    expect(inputText({ base: name as keyof typeof BASES, yaml: '{}' })).toBe(BASES[name as keyof typeof BASES]);
  });

  it('BASES.hybridV2 is the passing fixture, line for line', () => {
    const base = BASES.hybridV2.split('\n');
    const passing = fixture(PASSING).split('\n');
    expect(base).toHaveLength(passing.length);
    expect(parse(BASES.hybridV2)).toEqual(parse(fixture(PASSING)));
    // Each line holds the same key, so positions read off the fixture hold for the base.
    expect(base.map((line) => /^\s*-?\s*([\w]+):/.exec(line)?.[1] ?? null)).toEqual(passing.map((line) => /^\s*-?\s*([\w]+):/.exec(line)?.[1] ?? null));
  });

  it('BASES.hybrid is the v1 passing fixture, line for line', () => {
    const base = BASES.hybrid.split('\n');
    const passing = fixture(PASSING_V1).split('\n');
    expect(base).toHaveLength(passing.length);
    expect(parse(BASES.hybrid)).toEqual(parse(fixture(PASSING_V1)));
  });

  it('BASES.hybrid is the passing fixture in format v1: read as v2, the same facts but those only v2 can state', () => {
    const { format_version: _v1, ...v1 } = readV1AsV2(parse(BASES.hybrid) as AnnouncementV1) as Record<string, unknown>;
    const { format_version: _v2, records: _records, ...v2 } = parse(fixture(PASSING)) as Record<string, Record<string, unknown>>;
    const onlyV1 = { ...v2, admission: { closes: v2.admission!.closes }, accessibility: { captioning: v2.accessibility!.captioning } };
    expect(v1).toEqual(onlyV1);
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('BASES.hybridV2 passes %s', (_id, rule) => {
    const run = lintRule(rule, { base: 'hybridV2', asOf: '2026-01-05' });
    expect(run.result.findings).toEqual([]);
    expect(run.status).toBe('pass');
  });

  // What format v1 cannot state (accessibility but captioning, records, fees) is not stated in BASES.hybrid, and
  // material-changes does not apply to it (v1 cannot mark a revision).
  const SILENT_IN_V1: Record<string, string> = { accessibility: 'not-stated', 'records-and-feedback': 'not-stated', 'cost-barriers': 'not-stated', 'material-changes': 'not-applicable' };

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('BASES.hybrid passes %s where format v1 can state its facts', (_id, rule) => {
    const run = lintRule(rule, { base: 'hybrid', asOf: '2026-01-05' });
    expect(run.status).toBe(SILENT_IN_V1[rule.meta.id] ?? 'pass');
    expect(run.findings).toHaveLength(SILENT_IN_V1[rule.meta.id] === 'not-stated' ? 1 : 0);
  });

  it('replaces a scalar in place, keeping every other line', () => {
    const text = inputText({ yaml: 'meeting: { duration: 2h }' });
    const lines = text.split('\n');
    expect(lines[10]).toBe('  duration: 2h');
    expect(lines.filter((line, index) => line !== BASES.hybrid.split('\n')[index])).toEqual(['  duration: 2h']);
  });

  it('adds a field to the mapping it names, and deletes a field set to ~', () => {
    const changed = parse(inputText({ yaml: 'meeting: { venue: ~, online: true }\nremote: ~' }));
    expect(changed.meeting).toEqual({ start: '2026-03-16T13:00', timezone: 'Europe/Zurich', duration: '3h', registration_deadline: '2026-03-02', online: true });
    expect(changed.remote).toBeUndefined();
  });

  it('changes and deletes items of a list by index, each index naming an item of the base', () => {
    const changed = parse(inputText({ yaml: 'invitees:\n  groups: { 1: ~, 3: ~, 0: { selection: self } }' }));
    expect(changed.invitees.groups).toEqual([
      { stakeholder: 'governments', selection: 'self' },
      { stakeholder: 'civil-society', selection: 'focal-point', focal_point: 'Civil Society Bureau' },
    ]);
  });

  it('replaces a list given as a list, keeping the flow style it is written in', () => {
    const text = inputText({ yaml: 'invitees: { regions: [global] }' });
    expect(text.split('\n')[19]).toBe('  regions: [ global ]');
  });

  it('lints a fixture with a change', () => {
    expect(parse(inputText({ fixture: 'wsis-2005-informal-consultations.yaml', yaml: 'remote: { participation: speak }' })).remote).toEqual({ participation: 'speak' });
  });

  it('refuses a change that is not a mapping, and a list item named by a word', () => {
    expect(() => inputText({ yaml: '- a' })).toThrow(/mapping/);
    expect(() => inputText({ yaml: 'invitees: { groups: { first: ~ } }' })).toThrow(/index/);
  });
});
