// Hostile input, round two (issue 23): what a received folder or a pull request can do to the command beyond
// its report. Each case is named by the item it reproduces.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint-files.js';
import { BIN, fixture, PASSING, runCli, WSIS_2005 } from '../helpers.js';

const AS_OF = ['--as-of', '2026-01-05'];
const good = fixture(PASSING);
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A throwaway folder from `{ 'a/b.yaml': text }`. */
function tree(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'invitelint-hostile-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** What must never reach a terminal or a CI log from untrusted text: ESC, C0 and C1 controls, a line of its own that a runner reads as a command. */
function expectSafe(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(text).not.toMatch(/^::/m);
}

const INJECTED = 'x\n::error file=evil.yaml,line=1::INJECTED';
const ESCAPES = 'y\u001b]0;pwned\u0007\u001b[2J\u009b31m';

describe('1. standard error is untrusted text too', () => {
  it('a config key with a workflow command or escape sequences prints neither', () => {
    const root = tree({ 'a.yaml': good, '.invitelint.yaml': `rules:\n  ${JSON.stringify(INJECTED)}: off\n${JSON.stringify(ESCAPES)}: 1\n` });
    const run = runCli(['a.yaml', ...AS_OF], { cwd: root });
    expect(run.status).toBe(2);
    expectSafe(run.stderr);
    expect(run.stderr).toContain('unknown rule `x ::error file=evil.yaml,line=1::INJECTED`');
    const printed = runCli(['print-config', 'a.yaml'], { cwd: root });
    expect(printed.status).toBe(2);
    expectSafe(printed.stderr);
  });

  it('a file or link whose name holds a workflow command is named on one safe line', () => {
    const root = tree({ [`${INJECTED}.yaml`]: 'title: [unclosed\n' });
    symlinkSync('nowhere', path.join(root, `${ESCAPES}.yaml`));
    const run = runCli(['.', ...AS_OF, '-f', 'json'], { cwd: root });
    expect(run.status).toBe(2);
    expectSafe(run.stderr);
    expect(run.stderr).toContain('invitelint: y.yaml: cannot be read');
    expectSafe(runCli([`missing${INJECTED}`], { cwd: root }).stderr);
    // Commander's own messages quote the command line.
    expectSafe(runCli([`--${ESCAPES}`], { cwd: root }).stderr);
  });

  it('print-config prints a waiver reason with controls in it as escaped JSON', () => {
    const root = tree({ '.invitelint.yaml': 'waivers:\n  - rule: fair-hours\n    reason: "closed\\u009b31m \\u202e session"\n' });
    const run = runCli(['print-config'], { cwd: root });
    expect(run.status).toBe(0);
    expectSafe(run.stdout);
    expect(JSON.parse(run.stdout).waivers[0].reason).toBe('closed\u009b31m \u202e session');
  });
});

describe('2. globs cannot backtrack', () => {
  // picomatch took 11 s for one name with 8 stars, over 60 s with 10: the test's 20 s timeout would stop it.
  const stars = '*a*a*a*a*a*a*a*a*a*a*b';
  const name = `${'a'.repeat(60)}.yaml`;

  it('a waiver glob of many stars is matched at once', () => {
    const root = tree({ [name]: good, '.invitelint.yaml': `waivers:\n  - rule: fair-hours\n    files: ["${stars}"]\n    reason: closed session\n` });
    const run = runCli([name, ...AS_OF, '-f', 'json'], { cwd: root });
    expect(JSON.parse(run.stdout).results).toHaveLength(1);
  });

  it('a command-line glob of many stars is matched at once', () => {
    const root = tree({ [name]: good });
    const run = runCli([stars, ...AS_OF, '--no-config-lookup'], { cwd: root });
    expect(run.stderr).toBe(`invitelint: no files match the pattern ${stars}\n`);
  });
});

describe('6. special files and the report file', () => {
  it('a pipe is refused with a problem line, not waited on; the other files are linted', () => {
    const root = tree({ 'good.yaml': good });
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const run = runCli(['pipe.yaml', 'good.yaml', ...AS_OF, '-f', 'json', '--no-config-lookup'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('invitelint: pipe.yaml: cannot be read: it is not a regular file (a pipe, a device or a socket), so it is not read\n');
    expect(JSON.parse(run.stdout).results.map((result: { file: string }) => result.file)).toEqual(['good.yaml']);
    // A folder walk passes a pipe by, as any file that is not *.yaml; a config file that is a pipe is refused.
    execFileSync('mkfifo', [path.join(root, '.invitelint.yaml')]);
    const config = runCli(['good.yaml', ...AS_OF], { cwd: root });
    expect(config.status).toBe(2);
    expect(config.stderr).toBe('invitelint: .invitelint.yaml:1:1: cannot read the config file (it is not a regular file (a pipe, a device or a socket), so it is not read)\n');
  });

  it('-o replaces the report when the run is done; a run that is stopped leaves the old one whole', async () => {
    const root = tree({ 'old.json': 'the old report\n' });
    for (let i = 0; i < 150; i++) writeFileSync(path.join(root, `n${String(i).padStart(3, '0')}.yaml`), fixture(WSIS_2005));
    // Standard input, linted last, is held open: the run has written most of its report and waits.
    const child = spawn(process.execPath, [BIN, '.', '-', ...AS_OF, '-f', 'json', '-o', 'old.json', '--no-config-lookup'], { cwd: root, stdio: ['pipe', 'ignore', 'ignore'] });
    const temporary = () => readdirSync(root).filter((entry) => entry.endsWith('.tmp'));
    while (temporary().length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(path.join(root, 'old.json'), 'utf8')).toBe('the old report\n');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(readFileSync(path.join(root, 'old.json'), 'utf8')).toBe('the old report\n');
    // A whole run replaces it, and leaves no temporary file.
    for (const entry of temporary()) rmSync(path.join(root, entry));
    const run = runCli(['n000.yaml', ...AS_OF, '-f', 'json', '-o', 'old.json', '--no-config-lookup'], { cwd: root });
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(root, 'old.json'), 'utf8')).results).toHaveLength(1);
    expect(temporary()).toEqual([]);
  }, 60_000);
});

describe('7. standard input has the size limit of a file', () => {
  it('endless input stops at the limit and is reported as over it', () => {
    const zero = openSync('/dev/zero', 'r');
    const run = spawnSync(process.execPath, [BIN, '-', ...AS_OF, '--max-file-size', '1KB', '-f', 'json', '--no-config-lookup'], { stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8' });
    closeSync(zero);
    expect(run.status).toBe(1);
    const [finding] = JSON.parse(run.stdout).results[0].findings;
    expect(finding.message).toContain('larger than 1 KB (the maxFileSize limit)');
  });
});

describe('8. links out of the folder, and what is quoted of a value', () => {
  const secret = 'ghp_0123456789SECRETTOKENabcdefghijklmnop';

  it('a link that leads out of the folder walked is not followed, and is named', () => {
    const root = tree({ 'notices/good.yaml': good, 'outside/token.yaml': `${secret}\n` });
    symlinkSync('/proc/self/environ', path.join(root, 'notices/environ.yaml'));
    symlinkSync('../outside/token.yaml', path.join(root, 'notices/token.yaml'));
    symlinkSync('../outside', path.join(root, 'notices/more'));
    const run = runCli(['notices', ...AS_OF, '-f', 'json', '--no-config-lookup'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).results.map((result: { file: string }) => result.file)).toEqual(['notices/good.yaml']);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'invitelint: notices/environ.yaml: a symbolic link to outside the folder being linted, not followed',
      'invitelint: notices/more: a symbolic link to outside the folder being linted, not followed',
      'invitelint: notices/token.yaml: a symbolic link to outside the folder being linted, not followed',
    ]);
    expect(run.stdout + run.stderr).not.toContain('SECRET');
  });

  it('a file or config that is no mapping is not quoted', () => {
    const root = tree({ 'token.yaml': `${secret}\n`, 'cfg/.invitelint.yaml': `${secret}\n`, 'cfg/a.yaml': good });
    const run = runCli(['token.yaml', ...AS_OF, '--no-config-lookup'], { cwd: root });
    expect(run.stdout).toContain('the announcement should be a mapping of fields, not text (41 characters)');
    const config = runCli(['cfg/a.yaml', ...AS_OF], { cwd: root });
    expect(config.stderr).toBe('invitelint: cfg/.invitelint.yaml:1:1: the configuration should be a mapping, not text (41 characters)\n');
    expect(run.stdout + run.stderr + config.stdout + config.stderr).not.toContain('SECRET');
  });
});

describe('9. a huge config file', () => {
  it('50,000 duplicate or unknown keys: checked in one pass, 200 problems and a count of the rest', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: 1\n`).join('');
    for (const [text, problem] of [
      [`rules: {}\n${'rules: {}\n'.repeat(50_000)}`, '.invitelint.yaml:201:1: Map keys must be unique'],
      [keys, '.invitelint.yaml:200:1: unknown key `k199`'],
    ] as const) {
      const root = tree({ 'a.yaml': good, '.invitelint.yaml': text });
      const lines = runCli(['a.yaml', ...AS_OF], { cwd: root }).stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(201);
      expect(lines[199]).toContain(problem);
      expect(lines[200]).toMatch(/: \d+ more problems in this config file are not listed; fix these first$/);
    }
  }, 60_000);
});

describe('11. lintFiles given one path as text', () => {
  it('lints that path, not each of its characters (`/` would walk the whole disk)', async () => {
    const root = tree({ 'x.yaml': good });
    const report = await lintFiles(path.join(root, 'x.yaml') as unknown as string[], { asOf: '2026-01-05', configLookup: false });
    expect(report.problems).toEqual([]);
    expect(report.results).toHaveLength(1);
    const wrong = await lintFiles(42 as unknown as string[], { asOf: '2026-01-05' });
    expect(wrong.problems).toEqual(['paths: expected a list of files, folders or globs, e.g. ["notices/"]']);
  });
});

describe('12. names', () => {
  it('a path that cannot be looked at is not called missing', () => {
    const root = tree({ 'closed/a.yaml': good, 'plain.yaml': good });
    chmodSync(path.join(root, 'closed'), 0o000);
    chmodSync(root, 0o755);
    // Root reads anything: the command then runs as nobody, for whom the folder is closed.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [BIN, 'closed/a.yaml', 'plain.yaml/b.yaml', ...AS_OF, '--no-config-lookup'], { cwd: root, encoding: 'utf8', ...asNobody });
    chmodSync(path.join(root, 'closed'), 0o755);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'invitelint: closed/a.yaml: cannot be read: permission denied (EACCES)',
      'invitelint: plain.yaml/b.yaml: cannot be read: a part of the path is not a folder (ENOTDIR)',
    ]);
  });

  it('a file reached through a link in a folder walk is reported under its own name, once', async () => {
    const root = tree({ 'notices/real/z.yaml': good });
    symlinkSync('real/z.yaml', path.join(root, 'notices/a-link.yaml'));
    symlinkSync('real', path.join(root, 'notices/b-link'));
    const report = await lintFiles(['notices'], { cwd: root, asOf: '2026-01-05', configLookup: false });
    expect(report.results.map((result) => result.file)).toEqual(['notices/real/z.yaml']);
    expect(report.problems).toEqual([]);
  });

  it('a failed run (no path readable) leaves an existing report as it was', () => {
    const root = tree({ 'report.json': 'the old report\n' });
    const run = runCli(['missing.yaml', ...AS_OF, '-f', 'json', '-o', 'report.json'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('invitelint: no such file or folder: missing.yaml\ninvitelint: report.json is left as it was: no file could be linted\n');
    expect(readFileSync(path.join(root, 'report.json'), 'utf8')).toBe('the old report\n');
    expect(existsSync(path.join(root, 'new.json'))).toBe(false);
  });
});
