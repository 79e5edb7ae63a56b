// The real binary: exit codes, paths, standard input and output options (cli.md).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, PASSING, runCli, WSIS_2005 } from '../helpers.js';

const AS_OF = ['--as-of', '2026-01-05'];
const wsisPath = `fixtures/${WSIS_2005}`;
const passingPath = `fixtures/${PASSING}`;

describe('invitelint lint', () => {
  it('reports the 2005 invitation with findings, remedies and every criterion, and exits 1', () => {
    const run = runCli([wsisPath, ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(wsisPath);
    expect(run.stdout).toMatch(/12:1 +error +announced 14 days before an in-person meeting on 2005-05-02; at least 56 are needed +notice-period/);
    expect(run.stdout).toContain('→ the meeting has taken place: next time, send the invitation at least 56 days ahead (for this one, by 2005-03-07)');
    expect(run.stdout).toMatch(/✖ fail +Notice period +notice-period/);
    expect(run.stdout).toMatch(/✖ \d+ errors?, \d+ warnings? \(1 file, 1 announcement\)/);
    expect(run.stderr).toBe('');
  });

  it('exits 0 for an announcement that meets every criterion', () => {
    const run = runCli([passingPath, ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('✔ 0 errors, 0 warnings');
    expect(run.status).toBe(0);
  });

  it('accepts the lint command name explicitly', () => {
    expect(runCli(['lint', passingPath, ...AS_OF]).status).toBe(0);
  });

  it('reports a missing path on stderr, still lints the others, and exits 2', () => {
    const run = runCli([wsisPath, 'fixtures/no-such-file.yaml', ...AS_OF, '-f', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('invitelint: no such file or folder: fixtures/no-such-file.yaml\n');
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual([wsisPath]);
  });

  it('walks folders for *.yaml and *.yml, skipping node_modules and dot-folders', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-walk-'));
    for (const sub of ['a/b', 'node_modules/x', '.hidden', 'c']) mkdirSync(path.join(dir, sub), { recursive: true });
    const text = fixture(PASSING);
    for (const file of ['a/b/one.yaml', 'c/two.yml', 'node_modules/x/no.yaml', '.hidden/no.yaml', 'c/notes.txt']) {
      writeFileSync(path.join(dir, file), text);
    }
    const run = runCli(['.', ...AS_OF, '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['a/b/one.yaml', 'c/two.yml']);
  });

  it('expands globs, and exits 2 for a glob that matches nothing', () => {
    const run = runCli(['fixtures/*.yaml', ...AS_OF, '-f', 'json']);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toContain(wsisPath);
    const none = runCli(['fixtures/*.nothing', passingPath, ...AS_OF]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no files match the pattern fixtures/*.nothing');
  });

  it('reads standard input with -, named by --stdin-filename', () => {
    const run = runCli(['-', '--stdin-filename', 'notice.yaml', ...AS_OF, '-f', 'json'], { input: fixture(WSIS_2005) });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.results[0].file).toBe('notice.yaml');
    expect(report.results[0].title).toBe('Informal consultations on WSIS implementation and follow-up');
  });

  it('prints the JSON shape of cli.md', () => {
    const report = JSON.parse(runCli([wsisPath, ...AS_OF, '-f', 'json']).stdout);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'asOf', 'results', 'summary', 'configFiles']);
    expect(report.configFiles).toEqual([]);
    expect(report.tool.name).toBe('invitelint');
    expect(report.asOf).toBe('2026-01-05');
    const [result] = report.results;
    // cli.md's keys, then the dates and local times the HTML timeline draws (optional: absent for unreadable documents).
    expect(Object.keys(result)).toEqual(['file', 'document', 'title', 'criteria', 'findings', 'errorCount', 'warningCount', 'waivedCount', 'facts']);
    expect(Object.keys(result.facts)).toEqual(['mode', 'remoteStated', 'meetingZone', 'sent', 'registrationDeadline', 'documents', 'sessions', 'startDate', 'endDate', 'decision', 'noticeDays', 'inviteeZones']);
    expect(Object.keys(result.findings[0]).sort()).toEqual(
      ['rule', 'severity', 'message', 'messageId', 'line', 'column', 'endLine', 'endColumn', 'path', 'evidence', 'remedy', 'source', 'waived'].sort(),
    );
    // A criterion carries the thresholds it applied as `evidence` where a report draws them (notice-period is first).
    expect(Object.keys(result.criteria[0])).toEqual(['rule', 'criterion', 'status', 'severity', 'evidence']);
    expect(Object.keys(result.criteria[1])).toEqual(['rule', 'criterion', 'status', 'severity']);
    expect(report.summary).toEqual({ files: 1, documents: 1, errors: result.errorCount, warnings: result.warningCount, waived: 0 });
  });

  it('writes the report to --output-file instead of standard output', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'invitelint-out-')), 'report.json');
    const run = runCli([wsisPath, ...AS_OF, '-f', 'json', '-o', out]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(1);
  });

  it('counts a draft from --as-of and says so', () => {
    const draft = fixture(PASSING).replace(/^issued:.*\n/m, '');
    const run = runCli(['-', '--as-of', '2026-03-01', '-f', 'json'], { input: draft });
    const finding = JSON.parse(run.stdout).results[0].findings.find((f: { rule: string }) => f.rule === 'notice-period');
    expect(finding.message).toContain('counted from 2026-03-01, the day it is checked for');
    // Its latest send date, 2026-02-16, is past on 2026-03-01: the remedy moves the meeting.
    expect(finding.remedy).toBe('move the meeting to 2026-03-29 or later');
  });

  it.each([
    ['an unknown option', ['--frobnicate', passingPath], /unknown option '--frobnicate'/],
    ['an unknown format', ['-f', 'yaml', passingPath], /argument 'yaml' is invalid/],
    ['a malformed --as-of', ['--as-of', '05/02/2005', passingPath], /--as-of 05\/02\/2005: expected a date in the form YYYY-MM-DD/],
    ['an unknown rule in --rule', ['--rule', 'notice-priod=off', passingPath], /unknown rule `notice-priod`; did you mean `notice-period`\?/],
    ['a bad severity in --rule', ['--rule', 'notice-period=loud', passingPath], /expected ID=SEVERITY/],
    ['a negative --max-warnings', ['--max-warnings', '-1', passingPath], /--max-warnings/],
    ['no paths at all', [], /no files to lint/],
  ])('exits 2 for %s, with a one-line message and no stack trace', (_name, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('colours only when asked or on a terminal, and never with NO_COLOR', () => {
    const ansi = /\u001b\[/;
    expect(runCli([wsisPath, ...AS_OF]).stdout).not.toMatch(ansi);
    expect(runCli([wsisPath, ...AS_OF, '--color']).stdout).toMatch(ansi);
    expect(runCli([wsisPath, ...AS_OF, '--no-color']).stdout).not.toMatch(ansi);
    expect(runCli([wsisPath, ...AS_OF], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
  });

  it('prints the version and help, exit 0', () => {
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: invitelint');
  });
});
