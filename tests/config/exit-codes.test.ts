// The exit code under every combination of --max-warnings and --fail-severity (cli.md, "Exit codes"):
// 0 when nothing is at or above the fail severity and warnings are within --max-warnings, else 1.
// Waived findings never fail a run; waiver problems count like any finding.
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/lint.js';
import { buildReport } from '../../src/engine/report.js';
import type { DocumentResult } from '../../src/engine/types.js';
import { PASSING, runCli, variant } from '../helpers.js';
import { tree } from './tree.js';

function reportWith(errorCount: number, warningCount: number, waivedCount = 0) {
  const result: DocumentResult = { file: 'a.yaml', document: 0, title: null, criteria: [], findings: [], errorCount, warningCount, waivedCount };
  return buildReport([result], '2026-01-05');
}

type Case = [what: string, errors: number, warnings: number, waived: number];
const CASES: Case[] = [
  ['clean', 0, 0, 0],
  ['one warning', 0, 1, 0],
  ['two warnings', 0, 2, 0],
  ['an error', 1, 0, 0],
  ['an error and two warnings', 1, 2, 0],
  ['waived findings only', 0, 0, 3],
];

// Expected exit code per case, for each --fail-severity and --max-warnings (none, 0, 1, 2).
const EXPECTED: Record<string, Record<'error' | 'warn', [number, number, number, number]>> = {
  clean: { error: [0, 0, 0, 0], warn: [0, 0, 0, 0] },
  'one warning': { error: [0, 1, 0, 0], warn: [1, 1, 1, 1] },
  'two warnings': { error: [0, 1, 1, 0], warn: [1, 1, 1, 1] },
  'an error': { error: [1, 1, 1, 1], warn: [1, 1, 1, 1] },
  'an error and two warnings': { error: [1, 1, 1, 1], warn: [1, 1, 1, 1] },
  'waived findings only': { error: [0, 0, 0, 0], warn: [0, 0, 0, 0] },
};
const MAX_WARNINGS = [undefined, 0, 1, 2] as const;

describe('exitCodeFor', () => {
  for (const [what, errors, warnings, waived] of CASES) {
    for (const failSeverity of ['error', 'warn'] as const) {
      MAX_WARNINGS.forEach((maxWarnings, index) => {
        it(`${what}, --fail-severity ${failSeverity}, --max-warnings ${maxWarnings ?? '(none)'}`, () => {
          const options = { failSeverity, ...(maxWarnings !== undefined && { maxWarnings }) };
          expect(exitCodeFor(reportWith(errors, warnings, waived), options)).toBe(EXPECTED[what]![failSeverity][index]);
        });
      });
    }
  }
});

describe('the exit code from the command line', () => {
  // One warning: no documents listed (documents-in-advance warns); the framework-legitimacy error waived in the config.
  const outsideMandate = { 'framework.convened_within_mandate': false, 'framework.mandate_reference': undefined };
  const root = tree({
    '.invitelint.yaml': 'waivers:\n  - rule: framework-legitimacy\n    reason: convened by the host country at the request of the bureau\n',
    'one-warning.yaml': variant(PASSING, { documents: undefined, ...outsideMandate }),
  });

  it('the file has one warning and one waived error', () => {
    const summary = JSON.parse(runCli(['one-warning.yaml', '-f', 'json', '--as-of', '2026-01-05'], { cwd: root }).stdout).summary;
    expect(summary).toMatchObject({ errors: 0, warnings: 1, waived: 1 });
  });

  for (const failSeverity of [undefined, 'error', 'warn'] as const) {
    MAX_WARNINGS.forEach((maxWarnings, index) => {
      const flags = [...(failSeverity ? ['--fail-severity', failSeverity] : []), ...(maxWarnings !== undefined ? ['--max-warnings', String(maxWarnings)] : [])];
      it(`one warning, ${flags.join(' ') || 'no flags'}`, () => {
        const run = runCli(['one-warning.yaml', '--as-of', '2026-01-05', ...flags], { cwd: root });
        // A run that --max-warnings fails says so (issue 20): one warning is more than a maximum of 0.
        expect(run.stderr).toBe(maxWarnings === 0 ? 'invitelint: 1 warning, more than the maximum of 0 (--max-warnings)\n' : '');
        expect(run.status).toBe(EXPECTED['one warning']![failSeverity ?? 'error'][index]);
      });
    });
  }

  it('in the github format, a run --max-warnings fails ends with an ::error annotation saying why', () => {
    const run = runCli(['one-warning.yaml', '--as-of', '2026-01-05', '-f', 'github', '--max-warnings', '0'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout.endsWith('::error title=invitelint::1 warning, more than the maximum of 0 (--max-warnings)\n')).toBe(true);
    expect(runCli(['one-warning.yaml', '--as-of', '2026-01-05', '-f', 'github', '--max-warnings', '1'], { cwd: root }).stdout).not.toContain('--max-warnings');
  });

  it('an unused waiver is a warning that --max-warnings 0 fails on', () => {
    const clean = tree({
      '.invitelint.yaml': 'waivers:\n  - rule: fair-hours\n    reason: nobody joins remotely\n',
      'clean.yaml': variant(PASSING, {}),
    });
    expect(runCli(['clean.yaml', '--as-of', '2026-01-05'], { cwd: clean }).status).toBe(0);
    expect(runCli(['clean.yaml', '--as-of', '2026-01-05', '--max-warnings', '0'], { cwd: clean }).status).toBe(1);
  });

  it('an inline waiver without a reason is an error: exit 1', () => {
    const text = variant(PASSING, outsideMandate).replace('framework:', '# invitelint-disable-next-line framework-legitimacy\nframework:');
    const root2 = tree({ 'n.yaml': text });
    const run = runCli(['n.yaml', '-f', 'json', '--as-of', '2026-01-05'], { cwd: root2 });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).results[0].findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['framework-legitimacy', 'invalid-waiver']);
  });

  it('rejects --max-warnings that is not a whole number, exit 2', () => {
    const run = runCli(['one-warning.yaml', '--max-warnings', 'some'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('invitelint: --max-warnings some: expected a whole number, 0 or more\n');
  });
});
