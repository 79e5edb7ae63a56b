// --jobs: the report is the same, byte for byte and in the same order, whatever the number of jobs; and
// the json format written result by result is what the json formatter prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import json from '../../src/report/json.js';
import { JsonReportStream } from '../../src/report/json-stream.js';
import { countsOf, errorsOnly, lintExpandedPaths, lintFiles } from '../../src/lint-files.js';
import { resolveConfig } from '../../src/index.js';
import { buildReport } from '../../src/engine/report.js';
import type { DocumentResult } from '../../src/engine/types.js';
import { RULES } from '../../rules/index.js';
import { BIN, PASSING, ROOT, WSIS_2005, fixture, variant } from '../helpers.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'invitelint-jobs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// 3 folders x 20 files: passing and failing announcements, a file with two documents, broken YAML, a
// schema error; one folder has its own config that switches a rule off.
const templates = [
  fixture(WSIS_2005),
  fixture(PASSING),
  variant(PASSING, { 'remote.participation': 'none' }),
  `${fixture(WSIS_2005)}\n---\n${fixture(PASSING)}`,
  'format_version: 1\ntitle: [unclosed\n',
  'format_version: 1\ntitle: No meeting\n',
];
for (const folder of ['a', 'b', 'c']) {
  mkdirSync(path.join(root, folder));
  for (let i = 0; i < 20; i++) writeFileSync(path.join(root, folder, `n${String(i).padStart(2, '0')}.yaml`), templates[(i + folder.charCodeAt(0)) % templates.length]!);
}
writeFileSync(path.join(root, 'b', '.invitelint.yaml'), 'rules:\n  fair-hours: off\n');

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, '--as-of', '2026-01-05', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

describe('--jobs', () => {
  it.each([['json'], ['stylish'], ['sarif']])('writes the same %s report with 1, 2 and 3 jobs', (format) => {
    const one = cli('--jobs', '1', '-f', format, 'a', 'b', 'c', 'missing.yaml');
    expect(one.status).toBe(2); // missing.yaml
    expect(one.stdout.length).toBeGreaterThan(1000);
    for (const jobs of format === 'json' ? ['2', '3'] : ['2']) {
      const many = cli('--jobs', jobs, '-f', format, 'a', 'b', 'c', 'missing.yaml');
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
      expect(many.status).toBe(one.status);
    }
  }, 90_000);

  it('keeps --quiet and --output-file the same with several jobs', () => {
    cli('--jobs', '1', '--quiet', '-f', 'json', '-o', 'one.json', 'a', 'b', 'c');
    cli('--jobs', '2', '--quiet', '-f', 'json', '-o', 'two.json', 'a', 'b', 'c');
    const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
    expect(read('two.json')).toBe(read('one.json'));
    const report = JSON.parse(read('one.json'));
    expect(report.summary.warnings).toBe(0);
    expect(report.summary.errors).toBeGreaterThan(0);
  }, 90_000);

  // The workers start before the folders are walked: runs that end up with no use for them end as before.
  it('ends as one job does when the workers have nothing to lint: an invalid config, one file, standard input', () => {
    const bad = path.join(root, 'bad');
    mkdirSync(bad);
    writeFileSync(path.join(bad, '.invitelint.yaml'), 'rules: {fair-hours: wran}\n');
    writeFileSync(path.join(bad, 'n.yaml'), fixture(PASSING));
    const stdin = fixture(WSIS_2005);
    const runs: [string[], string | undefined][] = [
      [['bad'], undefined],
      [['a/n00.yaml'], undefined],
      [['-'], stdin],
      [['missing.yaml'], undefined],
    ];
    for (const [paths, input] of runs) {
      const one = spawnSync(process.execPath, [BIN, '--as-of', '2026-01-05', '--jobs', '1', '-f', 'json', ...paths], { cwd: root, encoding: 'utf8', input });
      const two = spawnSync(process.execPath, [BIN, '--as-of', '2026-01-05', '--jobs', '2', '-f', 'json', ...paths], { cwd: root, encoding: 'utf8', input, timeout: 30_000 });
      expect([two.status, two.stdout, two.stderr]).toEqual([one.status, one.stdout, one.stderr]);
    }
    rmSync(bad, { recursive: true });
  }, 90_000);

  // The json report's file is opened when its first bytes are ready, while the files are linted.
  it('reads an output file that is also a file to lint as empty, as when it was opened first; reports one it cannot write', () => {
    const folder = path.join(root, 'out');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'n.yaml'), fixture(PASSING));
    for (const jobs of ['1', '2']) {
      writeFileSync(path.join(folder, 'report.yaml'), '');
      const expected = cli('--jobs', jobs, '-f', 'json', 'out');
      writeFileSync(path.join(folder, 'report.yaml'), fixture(WSIS_2005));
      const run = cli('--jobs', jobs, '-f', 'json', '-o', 'out/report.yaml', 'out');
      expect(run.status).toBe(expected.status);
      expect(readFileSync(path.join(folder, 'report.yaml'), 'utf8')).toBe(expected.stdout);
      const unwritable = cli('--jobs', jobs, '-f', 'json', '-o', 'no/such/folder.json', 'out/n.yaml');
      expect(unwritable.status).toBe(2);
      expect(unwritable.stderr).toBe('invitelint: cannot write no/such/folder.json (ENOENT)\n');
    }
    rmSync(folder, { recursive: true });
  }, 90_000);

  it('refuses a --jobs that is not a whole number of 1 or more', () => {
    for (const value of ['0', '-1', 'two', '1.5']) {
      const run = cli('--jobs', value, 'a');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--jobs ${value}: expected a whole number`);
    }
  }, 90_000);

  it('gives the library the same report with jobs as without', async () => {
    const one = await lintFiles(['a', 'b', 'c'], { cwd: root, asOf: '2026-01-05' });
    const two = await lintFiles(['a', 'b', 'c'], { cwd: root, asOf: '2026-01-05', jobs: 2 });
    expect(two).toEqual(one);
    expect(one.results.length).toBeGreaterThan(60);
  }, 90_000);

  it('starts the built library\'s workers as well as the command\'s (dist/lint-worker.js, not bin/)', () => {
    const script = `
      import { lintFiles } from ${JSON.stringify(path.join(ROOT, 'dist/index.js'))};
      const one = await lintFiles(['a', 'b', 'c'], { asOf: '2026-01-05' });
      const two = await lintFiles(['a', 'b', 'c'], { asOf: '2026-01-05', jobs: 2 });
      console.log(JSON.stringify({ same: JSON.stringify(one) === JSON.stringify(two), documents: one.summary.documents }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ same: true, documents: expect.any(Number) });
    expect(JSON.parse(run.stdout).documents).toBeGreaterThan(60);
  }, 90_000);
});

describe('json written result by result', () => {
  it('is byte for byte what the json formatter prints, empty reports included', async () => {
    for (const paths of [['a', 'b'], []]) {
      const report = await lintFiles(paths, { cwd: root, asOf: '2026-01-05' });
      let streamed = '';
      const stream = new JsonReportStream((chunk) => (streamed += chunk), report.asOf);
      for (const result of report.results) stream.add(result);
      stream.end(report);
      const { problems: _problems, ...plain } = report;
      expect(streamed).toBe(json(plain, { color: false, rules: RULES }));
    }
  });
});

describe('json results made into text where they are linted (the command, in its --jobs workers)', () => {
  const asOf = '2026-01-05';
  // A config waiver: results are settled over the whole run and made into text in the main thread at the end.
  const waived = resolveConfig({ waivers: [{ rule: 'remote-access', reason: 'closed session' }] }, {}, path.join(root, '.invitelint.yaml'));

  it.each([
    [1, false, false],
    [2, false, false],
    [3, true, false],
    [2, false, true],
    [2, true, true],
  ])('with %i jobs (quiet %s, config waiver %s) adds up to the report the json formatter prints', async (jobs, quiet, withWaiver) => {
    const configOption = withWaiver ? { config: waived } : {};
    const full = await lintFiles(['a', 'b', 'c'], { cwd: root, asOf, configLookup: false, ...configOption });
    const shown = quiet ? full.results.map(errorsOnly) : full.results;
    const counts: DocumentResult[] = [];
    const texts: string[] = [];
    const report = await lintExpandedPaths(['a', 'b', 'c'], null, {
      cwd: root,
      asOf,
      configLookup: false,
      ...configOption,
      jobs,
      render: { quiet },
      onResult: (result, text) => {
        counts.push(result);
        texts.push(text!);
      },
    });
    let streamed = '';
    const stream = new JsonReportStream((chunk) => (streamed += chunk), asOf);
    for (const text of texts) stream.addText(text);
    const expected = buildReport(shown, asOf);
    stream.end(expected);
    expect(streamed).toBe(json(expected, { color: false, rules: RULES }));
    expect(counts).toEqual(shown.map(countsOf));
    expect(report.problems).toEqual(full.problems);
    expect(shown.some((result) => result.waivedCount > 0)).toBe(withWaiver);
  }, 90_000);
});
