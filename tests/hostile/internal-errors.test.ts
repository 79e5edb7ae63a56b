// A bug in a rule (simulated: one rule throws) is caught per document: that document reports one internal
// error naming the file, the others are linted as usual, lintText never throws, and the CLI exits 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { runLint } from '../../src/cli/lint.js';
import { lintText } from '../../src/index.js';
import { lintFiles } from '../../src/lint-files.js';
import { fixture, PASSING, ROOT } from '../helpers.js';

const good = fixture(PASSING);
const fairHours = RULES.find((rule) => rule.meta.id === 'fair-hours')!;

/** fair-hours throws on the announcement whose title contains "boom", and works on the others. */
function breakFairHours() {
  const check = fairHours.check.bind(fairHours);
  vi.spyOn(fairHours, 'check').mockImplementation((facts, options, context) => {
    if (facts.announcement.title.includes('boom')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
    return check(facts, options, context);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('internal errors', () => {
  it('lintText returns a result for every document, the broken one carrying one internal-error finding', () => {
    breakFairHours();
    const text = `${good}---\n${good.replace(/^title: .*$/m, 'title: boom')}---\n${good}`;
    const report = lintText(text, { asOf: '2026-01-05', filePath: 'three.yaml' });
    expect(report.results.map((r) => r.findings.map((f) => f.rule))).toEqual([[], ['internal-error'], []]);
    const broken = report.results[1]!;
    expect(broken).toMatchObject({ file: 'three.yaml', document: 1, title: 'boom', errorCount: 1 });
    expect(broken.findings[0]!.message).toBe(
      "internal error while checking this announcement (Cannot read properties of undefined (reading 'x')); this is a bug in invitelint, please report it",
    );
    expect(report.results[0]!.criteria.find((c) => c.rule === 'fair-hours')!.status).toBe('pass');
  });

  it('lintFiles names the file in its problems, and still reports the other files', async () => {
    const report = await lintFiles(['fixtures/passing', 'fixtures/wsis-2005-informal-consultations.yaml'], {
      cwd: ROOT,
      asOf: '2026-01-05',
      config: {},
    });
    expect(report.problems).toEqual([]);
    vi.spyOn(fairHours, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const broken = await lintFiles(['fixtures/passing', 'fixtures/wsis-2005-informal-consultations.yaml'], { cwd: ROOT, asOf: '2026-01-05', config: {} });
    expect(broken.results.map((r) => r.file)).toEqual(report.results.map((r) => r.file));
    expect(broken.problems).toEqual(
      report.results.map((r) => `${r.file}: internal error while checking this announcement (boom); this is a bug in invitelint, please report it`),
    );
  });

  it('the lint command prints one line per internal error, reports the other files, and exits 2', async () => {
    breakFairHours();
    const stdout: string[] = [];
    const stderr: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-internal-'));
    writeFileSync(path.join(dir, 'boom.yaml'), `${good}---\n${good.replace(/^title: .*$/m, 'title: boom')}---\n${good}`);
    writeFileSync(path.join(dir, 'good.yaml'), good);
    const cwd = process.cwd();
    process.chdir(dir);
    let code: number;
    try {
      code = await runLint(['boom.yaml', 'good.yaml'], {
        configLookup: false,
        format: 'json',
        failSeverity: 'error',
        inlineWaivers: true,
        asOf: '2026-01-05',
        stdinFilename: undefined,
      } as Parameters<typeof runLint>[1]);
    } finally {
      process.chdir(cwd);
    }
    expect(code).toBe(2);
    expect(stderr.join('')).toBe(
      "invitelint: boom.yaml: internal error while checking this announcement (Cannot read properties of undefined (reading 'x')); this is a bug in invitelint, please report it\n",
    );
    const report = JSON.parse(stdout.join('')) as { results: { file: string; document: number; findings: { rule: string }[] }[] };
    expect(report.results.map((r) => `${r.file}#${r.document} ${r.findings.map((f) => f.rule).join(',')}`)).toEqual([
      'boom.yaml#0 ',
      'boom.yaml#1 internal-error',
      'boom.yaml#2 ',
      'good.yaml#0 ',
    ]);
  });
});
