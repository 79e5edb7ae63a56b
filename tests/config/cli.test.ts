// The config file on the command line: looked up per folder (nearest wins), -c, --no-config-lookup,
// --preset and --rule; an invalid config stops the run with exit 2 before anything is linted.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, PASSING, runCli, variant } from '../helpers.js';
import { tree } from './tree.js';

// 35 days before a hybrid meeting: passes recommended (28 days), fails w3c (56).
const THIRTY_FIVE_DAYS = variant(PASSING, { issued: '2026-02-09' });

function noticeSeverities(stdout: string): Record<string, string> {
  const report = JSON.parse(stdout) as { results: { file: string; criteria: { rule: string; status: string }[] }[] };
  return Object.fromEntries(report.results.map((result) => [result.file, result.criteria.find((c) => c.rule === 'notice-period')!.status]));
}

describe('config file lookup', () => {
  it('uses the nearest config file from each file folder upwards', () => {
    const root = tree({
      '.invitelint.yaml': 'extends: [w3c]\n',
      'secretariat/notice.yaml': THIRTY_FIVE_DAYS,
      'ietf/.invitelint.yml': 'extends: [ietf]\n',
      'ietf/sub/notice.yaml': THIRTY_FIVE_DAYS,
      'plain/invitelint.config.yaml': 'extends: [recommended]\n',
      'plain/notice.yaml': THIRTY_FIVE_DAYS,
    });
    const run = runCli(['.', '-f', 'json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(noticeSeverities(run.stdout)).toEqual({
      'ietf/sub/notice.yaml': 'pass',
      'plain/notice.yaml': 'pass',
      'secretariat/notice.yaml': 'fail',
    });
    expect(run.status).toBe(1);
  });

  it('never lints config files as announcements when walking folders', () => {
    const root = tree({ '.invitelint.yaml': 'extends: [recommended]\n', 'invitelint.config.yaml': 'extends: [un]\n', 'a.yaml': fixture(PASSING) });
    const run = runCli(['.', '-f', 'json', '--as-of', '2026-01-05'], { cwd: root });
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['a.yaml']);
  });

  it('uses -c FILE for every file, and no lookup', () => {
    const root = tree({ '.invitelint.yaml': 'extends: [recommended]\n', 'n.yaml': THIRTY_FIVE_DAYS, 'ci/w3c.yaml': 'extends: [w3c]\n' });
    const run = runCli(['n.yaml', '-c', 'ci/w3c.yaml', '-f', 'json'], { cwd: root });
    expect(noticeSeverities(run.stdout)).toEqual({ 'n.yaml': 'fail' });
  });

  it('ignores config files with --no-config-lookup', () => {
    const root = tree({ '.invitelint.yaml': 'extends: [w3c]\n', 'n.yaml': THIRTY_FIVE_DAYS });
    expect(noticeSeverities(runCli(['n.yaml', '-f', 'json'], { cwd: root }).stdout)).toEqual({ 'n.yaml': 'fail' });
    const run = runCli(['n.yaml', '--no-config-lookup', '-f', 'json'], { cwd: root });
    expect(noticeSeverities(run.stdout)).toEqual({ 'n.yaml': 'pass' });
    expect(run.status).toBe(0);
  });

  it("adds --preset after the config's extends", () => {
    const root = tree({ '.invitelint.yaml': 'extends: [w3c]\n', 'n.yaml': THIRTY_FIVE_DAYS });
    expect(noticeSeverities(runCli(['n.yaml', '--preset', 'ietf', '-f', 'json'], { cwd: root }).stdout)).toEqual({ 'n.yaml': 'pass' });
  });

  it('lets --rule switch off what the config file sets', () => {
    const root = tree({ '.invitelint.yaml': 'extends: [w3c]\n', 'n.yaml': THIRTY_FIVE_DAYS });
    const run = runCli(['n.yaml', '--rule', 'notice-period=off', '-f', 'json'], { cwd: root });
    expect(noticeSeverities(run.stdout)).toEqual({ 'n.yaml': 'off' });
    expect(run.status).toBe(0);
  });

  it('looks up from the folder of --stdin-filename', () => {
    const root = tree({ 'w/.invitelint.yaml': 'extends: [w3c]\n' });
    const run = runCli(['-', '--stdin-filename', 'w/n.yaml', '-f', 'json'], { cwd: root, input: THIRTY_FIVE_DAYS });
    expect(noticeSeverities(run.stdout)).toEqual({ 'w/n.yaml': 'fail' });
  });
});

describe('an invalid config', () => {
  it('is a one-line error at its position with exit 2, before any linting', () => {
    const root = tree({ '.invitelint.yaml': 'extends: [w3k]\nrules:\n  fair-hour: warn\n', 'n.yaml': THIRTY_FIVE_DAYS });
    const run = runCli(['n.yaml'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'invitelint: .invitelint.yaml:1:11: unknown preset "w3k"; did you mean `w3c`?\n' +
        'invitelint: .invitelint.yaml:3:3: unknown rule `fair-hour`; did you mean `fair-hours`?\n',
    );
  });

  it('stops the run even when only one folder has it, naming the file once', () => {
    const root = tree({ 'a/n.yaml': THIRTY_FIVE_DAYS, 'a/m.yaml': THIRTY_FIVE_DAYS, 'a/.invitelint.yaml': 'rules: {fair-hours: wran}\n', 'b/n.yaml': THIRTY_FIVE_DAYS });
    const run = runCli(['.'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'invitelint: a/.invitelint.yaml:1:9: rule `fair-hours` should be off, warn or error (or [severity, {options}]), not "wran"; did you mean `warn`?',
    ]);
  });

  it('prints nothing but the problem for a key that is a list (no warning from the YAML library)', () => {
    const root = tree({ '.invitelint.yaml': '? [a]\n: 1\n', 'n.yaml': THIRTY_FIVE_DAYS });
    const run = runCli(['n.yaml'], { cwd: root });
    expect(run.stderr).toBe('invitelint: .invitelint.yaml:1:3: unknown key `[ a ]`\n');
    expect(run.status).toBe(2);
  });

  it('exits 2 for -c naming a file that does not exist', () => {
    const root = tree({ 'n.yaml': THIRTY_FIVE_DAYS });
    const run = runCli(['n.yaml', '-c', 'nope.yaml'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('invitelint: nope.yaml:1:1: cannot read the config file (no such file)\n');
  });

  it('exits 2 for an unknown --preset, with the nearest name', () => {
    const run = runCli([path.join('fixtures', PASSING), '--preset', 'strikt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('invitelint: --preset strikt: unknown preset; did you mean `strict`? Presets are recommended, strict, w3c, ietf, ec-2002, un\n');
  });
});

describe('config waivers over a run', () => {
  const closedNotice = fixture('wsis-2005-informal-consultations.yaml');
  const openNotice = fixture(PASSING);
  const config = 'waivers:\n  - rule: remote-access\n    files: ["closed"]\n    reason: Closed session under rule 61\n';

  it('are unused only when they waived nothing in any file they cover', () => {
    // Two closed notices: one fails remote-access (waived), one offers remote participation.
    const root = tree({ '.invitelint.yaml': config, 'closed/a.yaml': closedNotice, 'closed/b.yaml': openNotice });
    const report = JSON.parse(runCli(['.', '-f', 'json', '--as-of', '2026-01-05'], { cwd: root }).stdout);
    const rules = report.results.flatMap((result: { findings: { rule: string; waived: unknown }[] }) => result.findings.map((f) => f.rule));
    expect(rules).not.toContain('unused-waiver');
    expect(report.summary.waived).toBe(1);
  });

  it('that waived nothing are reported once, on the first file they cover', () => {
    const root = tree({ '.invitelint.yaml': config, 'closed/a.yaml': openNotice, 'closed/b.yaml': openNotice, 'other.yaml': openNotice });
    const run = runCli(['.', '-f', 'json', '--as-of', '2026-01-05'], { cwd: root });
    const report = JSON.parse(run.stdout);
    const unused = report.results.flatMap((result: { file: string; findings: { rule: string; message: string }[] }) =>
      result.findings.filter((f) => f.rule === 'unused-waiver').map((f) => [result.file, f.message]),
    );
    expect(unused).toEqual([['closed/a.yaml', 'the waiver of `remote-access` in .invitelint.yaml (line 2) waives no finding in the announcements it covers']]);
    expect(report.summary.warnings).toBe(1);
    expect(run.status).toBe(0);
  });
});

describe('waiver expiry on the command line', () => {
  const root = tree({
    '.invitelint.yaml': 'waivers:\n  - rule: remote-access\n    reason: Closed session under rule 61\n    expires: 2026-01-31\n',
    'closed.yaml': fixture('wsis-2005-informal-consultations.yaml'),
  });
  const remote = (asOf: string) => {
    const run = runCli(['closed.yaml', '-f', 'json', '--as-of', asOf], { cwd: root });
    const result = JSON.parse(run.stdout).results[0];
    return {
      status: result.criteria.find((c: { rule: string }) => c.rule === 'remote-access').status,
      unused: result.findings.filter((f: { rule: string }) => f.rule === 'unused-waiver').map((f: { message: string }) => f.message),
    };
  };

  it('applies through its expiry date as --as-of gives it', () => {
    expect(remote('2026-01-31')).toEqual({ status: 'waived', unused: [] });
  });

  it('no longer applies the day after, and says so', () => {
    expect(remote('2026-02-01')).toEqual({
      status: 'fail',
      unused: ['the waiver of `remote-access` in .invitelint.yaml (line 2) expired on 2026-01-31, so its findings count again (it said: Closed session under rule 61)'],
    });
  });
});
