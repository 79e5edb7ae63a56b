// The recommended preset end to end: meeting every criterion is silent; failing only warning-level criteria
// is reported but does not fail the run (cli.md, exit codes).
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import type { LintReport } from '../../src/engine/types.js';
import { fixture, PASSING, runCli, variant } from '../helpers.js';

const AS_OF = ['--as-of', '2026-01-05'];
const WARN_RULES = RULES.filter((rule) => rule.meta.severity === 'warn').map((rule) => rule.meta.id);

/** The passing fixture failing every warning-level criterion of this catalogue, and no error-level one. */
const WARNINGS_ONLY = variant(PASSING, {
  'documents.0.published': '2026-03-10',
  'invitees.timezones': ['America/Los_Angeles'],
  'meeting.start': '2026-03-16T11:00',
  'invitees.groups.0': undefined,
  languages: { working: ['en'] },
  'support.travel_funding': false,
  'accessibility.captioning': undefined,
  'accessibility.venue_accessible': false,
  'records.published_by': '2026-05-01',
  'admission.fee': 100,
  'admission.fee_currency': 'CHF',
  // A revision that does not say what changed: not stated (a short notice would fail notice-period too).
  revision: { kind: 'changed' },
  labels: ['hybrid meeting'],
});

describe('the recommended preset', () => {
  it('gives every rule a default severity', () => {
    for (const rule of RULES) expect(['error', 'warn']).toContain(rule.meta.severity);
  });

  it('exits 0 with no findings for an announcement that meets every criterion', () => {
    const run = runCli(['-', '--format', 'json', ...AS_OF], { input: fixture(PASSING) });
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.results[0]?.criteria.map((criterion) => [criterion.rule, criterion.status])).toEqual(
      RULES.map((rule) => [rule.meta.id, 'pass']),
    );
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  });

  it('exits 0 for an announcement that fails only warning-level criteria, and reports them', () => {
    const run = runCli(['-', '--format', 'json', ...AS_OF], { input: WARNINGS_ONLY });
    const report = JSON.parse(run.stdout) as LintReport;
    const failed = report.results[0]!.criteria.filter((criterion) => criterion.status !== 'pass');
    expect(failed.map((criterion) => criterion.rule).sort()).toEqual([...WARN_RULES].sort());
    expect(failed.every((criterion) => criterion.severity === 'warn')).toBe(true);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBeGreaterThanOrEqual(WARN_RULES.length);
    expect(run.status).toBe(0);
  });

  it('fails the same run when warnings are asked to fail it', () => {
    expect(runCli(['-', '--fail-severity', 'warn', ...AS_OF], { input: WARNINGS_ONLY }).status).toBe(1);
    expect(runCli(['-', '--max-warnings', '0', ...AS_OF], { input: WARNINGS_ONLY }).status).toBe(1);
  });
});
