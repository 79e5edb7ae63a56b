// The library API (cli.md, "Library"; issue 6): lintText never throws, never touches files; lintFiles looks
// config files up like the CLI; the rule catalogue is what `invitelint rules --format json` prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintFiles, lintText, loadConfig, parseConfig, resolveConfig, ruleCatalogue, RULE_IDS, type ConfigInput } from '../../src/index.js';
import { fixture, PASSING, ROOT, runCli, WSIS_2005 } from '../helpers.js';

const AS_OF = '2026-01-05';

describe('lintText', () => {
  it('returns the json format report for text, named by filePath', () => {
    const report = lintText(fixture(WSIS_2005), { filePath: 'notices/wsis.yaml', asOf: AS_OF });
    expect(report).toMatchObject({ version: 1, tool: { name: 'invitelint' }, asOf: AS_OF, summary: { files: 1, documents: 1 } });
    expect(report.results[0]!.file).toBe('notices/wsis.yaml');
    expect(report.results[0]!.criteria.map((criterion) => criterion.rule)).toEqual(RULE_IDS);
    expect(report.summary.errors).toBe(report.results[0]!.errorCount);
    expect(lintText('title: x\n', { asOf: AS_OF }).results[0]!.file).toBe('<text>');
  });

  it('takes a config as a config file writes it, as loadConfig returns it, or as parseConfig reads it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-api-'));
    const written = 'rules:\n  fair-hours: off\n  notice-period: [warn, { inPersonDays: 10 }]\nwaivers:\n  - { rule: remote-access, reason: closed session by statute }\n';
    writeFileSync(path.join(dir, '.invitelint.yaml'), written);
    const input: ConfigInput = {
      rules: { 'fair-hours': 'off', 'notice-period': ['warn', { inPersonDays: 10 }] },
      waivers: [{ rule: 'remote-access', reason: 'closed session by statute' }],
    };
    const text = fixture(WSIS_2005);
    const statuses = (config: Parameters<typeof lintText>[1]) =>
      lintText(text, { asOf: AS_OF, ...config }).results[0]!.criteria.map((criterion) => `${criterion.rule}:${criterion.status}:${criterion.severity}`);
    const fromInput = statuses({ config: input });
    expect(fromInput).toContain('fair-hours:off:off');
    expect(fromInput).toContain('remote-access:waived:error');
    expect(fromInput).toContain('notice-period:pass:warn');
    expect(statuses({ config: loadConfig(path.join(dir, '.invitelint.yaml')) })).toEqual(fromInput);
    expect(statuses({ config: parseConfig(written, '.invitelint.yaml').config! })).toEqual(fromInput);
    expect(statuses({ config: resolveConfig(input) })).toEqual(fromInput);
  });

  it.each([
    ['an asOf that is not a date', { asOf: '05/01/2026' }, 'asOf: expected a date in the form YYYY-MM-DD, e.g. 2005-04-18, not "05/01/2026"'],
    ['an asOf that is not a day', { asOf: '2026-02-30' }, 'asOf: expected a date in the form YYYY-MM-DD'],
    ['an unknown preset', { config: { extends: ['recomended'] } }, 'config.extends[0]:'],
    ['an unknown rule', { config: { rules: { 'fair-hour': 'off' } } }, 'config.rules'],
    ['an unknown option', { config: { rules: { 'notice-period': ['error', { inPersonDay: 3 }] } } }, 'config.rules.notice-period'],
    ['a config that is not an object', { config: 'recommended' }, 'config: expected a configuration object'],
    ['null options', null, 'options: expected an object such as'],
    ['options that are a string', 'recommended', 'options: expected an object such as { asOf: \'2005-04-18\' }, not "recommended"'],
    ['a filePath that is not text', { filePath: 7 }, 'filePath: expected a file name, not 7'],
    ['inlineWaivers that is not true or false', { inlineWaivers: 'no' }, 'inlineWaivers: expected true or false, not "no"'],
    ['limits that are not an object', { limits: 10 }, 'limits: expected an object'],
    ['a NaN limit, which would turn it off', { limits: { maxFileSize: Number.NaN } }, 'limits.maxFileSize: expected a whole number 1 or more, not NaN'],
    ['an unbounded depth, which would overflow the parser', { limits: { maxDepth: Number.POSITIVE_INFINITY } }, 'limits.maxDepth: expected a whole number from 1 to 500, not Infinity'],
    ['a fractional limit', { limits: { maxDocuments: 2.5 } }, 'limits.maxDocuments: expected a whole number 1 or more (or Infinity), not 2.5'],
    ['an unknown limit', { limits: { maxDepths: 5 } }, 'limits.maxDepths: not a limit; the limits are maxFileSize, maxDepth, maxAliasCount, maxDocuments'],
    ['a config whose reading throws', { config: new Proxy({}, { has: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } }) }, 'config: cannot be read (trap)'],
  ])('never throws, and reports %s as an invalid-options error', (_name, options, message) => {
    const report = lintText(fixture(PASSING), options as never);
    expect(report.summary).toMatchObject({ files: 1, documents: 1, errors: 1 });
    const [finding, ...others] = report.results[0]!.findings;
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ rule: 'invalid-options', severity: 'error', line: 1, column: 1 });
    expect(finding!.message).toContain(message);
  });

  it('never throws on options whose every property throws when read, and names each', () => {
    const hostile = new Proxy({}, { get: (_target, key) => { throw new Error(`no ${String(key)}`); } });
    const report = lintText(fixture(PASSING), hostile as never);
    expect(report.results[0]!.findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual(
      ['filePath', 'config', 'asOf', 'inlineWaivers', 'limits', 'cwd', 'linter'].map((key) => `invalid-options: ${key}: cannot be read (no ${key})`),
    );
  });

  it('takes limits within their range, and a depth up to the ceiling that the parser can nest', () => {
    const nested = `title:\n${'- '.repeat(490)}x\n`;
    const [result] = lintText(nested, { asOf: AS_OF, limits: { maxDepth: 500, maxAliasCount: 0 } }).results;
    expect(result!.findings.map((finding) => finding.rule)).not.toContain('internal-error');
    expect(result!.findings.map((finding) => finding.rule)).not.toContain('invalid-options');
    expect(lintText(nested, { asOf: AS_OF, limits: { maxDepth: 100 } }).results[0]!.findings[0]!.message).toContain('more than 100 levels deep');
  });

  it('never throws on any text: a report with at least one result for every input', () => {
    const yamlish = fc.array(fc.constantFrom('title: ', 'meeting:\n', '  start: ', '2026-03-16T13:00', '- ', '{', '}', '[', ']', ':', '"', "'", '&a ', '*a', '!!binary ', '---\n', '\n', '  ', '#', 'null', '\t', 'issued: ', '\u0000', '\u001b[31m'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        const report = lintText(text, { asOf: AS_OF });
        return report.results.length >= 1 && report.results.every((result) => result.findings.every((finding) => finding.rule !== 'internal-error'));
      }),
      { numRuns: 300 },
    );
  });

  it('does no file access: the built library lints under a permission model that forbids reading anything but itself', () => {
    const names = [WSIS_2005, PASSING, 'markup-and-commands-in-text.yaml'];
    const script = `
      const { lintText } = await import(${JSON.stringify(path.join(ROOT, 'dist/index.js'))});
      const texts = JSON.parse(await new Promise((done) => { let data = ''; process.stdin.on('data', (c) => (data += c)); process.stdin.on('end', () => done(data)); }));
      const reports = texts.map(([file, text]) => lintText(text, { filePath: file, asOf: ${JSON.stringify(AS_OF)} }));
      let denied = false;
      try { (await import('node:fs')).readFileSync(${JSON.stringify(path.join(ROOT, 'package.json'))}); } catch (error) { denied = error.code === 'ERR_ACCESS_DENIED'; }
      process.stdout.write(JSON.stringify({ denied, reports }));`;
    // Node.js 22 named the permission model's flag --permission, and 24 knows no other name; 20 has only the old one.
    const permission = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
    const run = spawnSync(process.execPath, [permission, `--allow-fs-read=${path.join(ROOT, 'dist')}/*`, '--input-type=module', '-e', script], {
      input: JSON.stringify(names.map((name) => [name, fixture(name)])),
      encoding: 'utf8',
    });
    expect(run.stderr.replace(/.*ExperimentalWarning.*\n|\(Use `node --trace-warnings.*\n/g, '')).toBe('');
    const { denied, reports } = JSON.parse(run.stdout) as { denied: boolean; reports: { summary: unknown; results: { findings: { rule: string }[] }[] }[] };
    expect(denied).toBe(true); // the sandbox does forbid reading
    expect(reports.flatMap((report) => report.results.flatMap((result) => result.findings.map((finding) => finding.rule)))).not.toContain('internal-error');
    expect(reports.map((report) => report.summary)).toEqual(names.map((name) => lintText(fixture(name), { filePath: name, asOf: AS_OF }).summary));
  });
});

describe('lintFiles', () => {
  it('looks up the nearest config file for each file, as the CLI does, unless told not to or given a config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-api-files-'));
    writeFileSync(path.join(dir, '.invitelint.yaml'), 'rules:\n  notice-period: off\n');
    writeFileSync(path.join(dir, 'wsis.yaml'), fixture(WSIS_2005));
    const severityOf = (report: Awaited<ReturnType<typeof lintFiles>>) => report.results[0]!.criteria.find((c) => c.rule === 'notice-period')!.severity;
    expect(severityOf(await lintFiles(['wsis.yaml'], { cwd: dir, asOf: AS_OF }))).toBe('off');
    expect(severityOf(await lintFiles(['wsis.yaml'], { cwd: dir, asOf: AS_OF, configLookup: false }))).toBe('error');
    expect(severityOf(await lintFiles(['wsis.yaml'], { cwd: dir, asOf: AS_OF, config: { rules: { 'notice-period': 'warn' } } }))).toBe('warn');
  });

  it('reports an invalid config file and a missing path as problems, lints what it can, and never throws', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-api-bad-'));
    writeFileSync(path.join(dir, 'wsis.yaml'), fixture(WSIS_2005));
    const missing = await lintFiles(['wsis.yaml', 'gone.yaml'], { cwd: dir, asOf: AS_OF });
    expect(missing.results.map((result) => result.file)).toEqual(['wsis.yaml']);
    expect(missing.problems).toEqual(['no such file or folder: gone.yaml']);
    writeFileSync(path.join(dir, '.invitelint.yaml'), 'rules:\n  fair-hour: off\n');
    const invalid = await lintFiles(['wsis.yaml'], { cwd: dir, asOf: AS_OF });
    expect(invalid.results).toEqual([]);
    expect(invalid.problems).toHaveLength(1);
    expect(invalid.problems[0]).toMatch(/^\.invitelint\.yaml:2:3: .*fair-hour.*fair-hours/);
    const badDate = await lintFiles(['wsis.yaml'], { cwd: dir, asOf: 'today' });
    expect(badDate.problems).toEqual(['asOf: expected a date in the form YYYY-MM-DD, e.g. 2005-04-18, not "today"']);
  });
});

describe('the rule catalogue', () => {
  it('is what `invitelint rules --format json` prints', () => {
    const run = runCli(['rules', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(JSON.stringify(ruleCatalogue()))).toEqual(JSON.parse(run.stdout));
    expect(ruleCatalogue().map((rule) => rule.id)).toEqual(RULE_IDS);
  });
});
