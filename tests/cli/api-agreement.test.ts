// The library and the command line give the same answer (issue 6): on every fixture, `invitelint --format json`
// prints exactly what lintFiles and lintText return.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli } from '../helpers.js';

// The library as the package ships it (dist/, built by the suite's setup): the same build as the CLI, so
// even the tool's version must agree.
const { lintFiles, lintText, loadConfig } = (await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)) as typeof import('../../src/index.js');

const AS_OF = '2026-01-05';

function fixtureFiles(dir = 'fixtures'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return fixtureFiles(relative);
    return /\.ya?ml$/.test(entry.name) ? [relative] : [];
  });
}

/** What a consumer of the JSON sees: undefined fields dropped, as JSON.stringify does. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function cliReport(args: string[], cwd = ROOT): unknown {
  const run = runCli([...args, '--as-of', AS_OF, '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  return JSON.parse(run.stdout);
}

describe('the library agrees with the CLI', () => {
  it.each(fixtureFiles())('on %s: lintText, lintFiles and --format json give the same report', async (file) => {
    const cli = cliReport([file]);
    // The bytes, as the CLI reads them: some fixtures are not UTF-8 on purpose.
    const bytes = readFileSync(path.join(ROOT, file));
    expect(asJson(lintText(bytes, { filePath: file, asOf: AS_OF }))).toEqual(cli);
    const { problems, ...report } = await lintFiles([file], { cwd: ROOT, asOf: AS_OF });
    expect(problems).toEqual([]);
    expect(asJson(report)).toEqual(cli);
  });

  it('on the whole fixtures folder at once', async () => {
    const cli = cliReport(['fixtures']) as { results: unknown[] };
    expect(cli.results.length).toBeGreaterThan(fixtureFiles().length - 1);
    const { problems, ...report } = await lintFiles(['fixtures'], { cwd: ROOT, asOf: AS_OF });
    expect(problems).toEqual([]);
    expect(asJson(report)).toEqual(cli);
  });

  it('with a config file: found by lookup, given with -c, or loaded with loadConfig', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-agree-'));
    const config = 'extends: [recommended, strict]\nrules:\n  notice-period: [error, { inPersonDays: 10 }]\n  fair-hours: off\nwaivers:\n  - rule: remote-access\n    reason: closed session by statute\n';
    writeFileSync(path.join(dir, '.invitelint.yaml'), config);
    writeFileSync(path.join(dir, 'wsis.yaml'), readFileSync(path.join(ROOT, 'fixtures/wsis-2005-informal-consultations.yaml')));
    const cli = cliReport(['wsis.yaml'], dir) as { results: { criteria: { rule: string; status: string }[] }[] };
    // The config made a difference, so agreement below is about the config too.
    expect(cli.results[0]!.criteria.find((c) => c.rule === 'remote-access')!.status).toBe('waived');
    expect(cli.results[0]!.criteria.find((c) => c.rule === 'fair-hours')!.status).toBe('off');
    expect(cliReport(['wsis.yaml', '-c', '.invitelint.yaml'], dir)).toEqual(cli);

    const { problems, ...looked } = await lintFiles(['wsis.yaml'], { cwd: dir, asOf: AS_OF });
    expect(problems).toEqual([]);
    expect(asJson(looked)).toEqual(cli);
    const text = readFileSync(path.join(dir, 'wsis.yaml'), 'utf8');
    const loaded = loadConfig(path.join(dir, '.invitelint.yaml'));
    expect(asJson(lintText(text, { filePath: 'wsis.yaml', cwd: dir, asOf: AS_OF, config: loaded }))).toEqual(cli);
    const noLookup = await lintFiles(['wsis.yaml'], { cwd: dir, asOf: AS_OF, configLookup: false });
    expect(asJson(noLookup.results)).toEqual((cliReport(['wsis.yaml', '--no-config-lookup'], dir) as { results: unknown }).results);
    expect(asJson(noLookup.results)).not.toEqual(cli.results);
  });
});
