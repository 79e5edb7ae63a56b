// How the command starts (issue 8): bin/invitelint.js compiles dist/cli.cjs with a V8 code cache that the
// build makes and that a run makes again when V8 rejects it. The cache may only change speed, never output.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, WSIS_2005 } from '../helpers.js';

const LINT = ['--no-config-lookup', '--as-of', '2026-01-05', '-f', 'json', path.join(ROOT, 'fixtures', WSIS_2005)];

/** A copy of the installed command (bin/, dist/, package.json; node_modules linked), so that its cache is its own. */
let copy: string;
beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'invitelint-startup-'));
  cpSync(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true });
  cpSync(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true, filter: (file) => !file.endsWith('.cache') });
  cpSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function run(bin: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...LINT], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('the code cache', () => {
  it('is made by the build', () => {
    expect(statSync(path.join(ROOT, 'dist/cli.cjs.cache')).size).toBeGreaterThan(10_000);
  });

  it('is written by a run that has none, and a run with it reports exactly what a run without it does', () => {
    const bin = path.join(copy, 'bin/invitelint.js');
    const cache = path.join(copy, 'dist/cli.cjs.cache');
    rmSync(cache, { force: true });
    const first = run(bin);
    expect(statSync(cache).size).toBeGreaterThan(10_000);
    const cached = run(bin);
    const uncached = run(bin, { INVITELINT_CODE_CACHE: 'off' });
    for (const result of [first, cached, uncached]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
    }
    expect(cached.stdout).toBe(uncached.stdout);
    expect(first.stdout).toBe(uncached.stdout);
    expect(JSON.parse(cached.stdout).summary.errors).toBeGreaterThan(0);
  });

  it('is replaced when V8 rejects it (here: bytes that are no cache at all)', () => {
    const bin = path.join(copy, 'bin/invitelint.js');
    const cache = path.join(copy, 'dist/cli.cjs.cache');
    writeFileSync(cache, 'not a V8 code cache');
    const result = run(bin);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(run(bin, { INVITELINT_CODE_CACHE: 'off' }).stdout);
    expect(readFileSync(cache, 'utf8')).not.toBe('not a V8 code cache');
  });
});

describe('the bundle as text', () => {
  it('is ASCII, so that bin/invitelint.js decodes it by copying bytes (a non-ASCII character in a regex would undo that)', () => {
    const bytes = readFileSync(path.join(ROOT, 'dist/cli.cjs'));
    const at = bytes.findIndex((byte) => byte > 0x7f);
    expect(at === -1 ? null : bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8')).toBeNull();
  });

  it('names no folder of the machine that built it, so that it is the same wherever it is built', () => {
    const shipped = readdirSync(path.join(ROOT, 'dist')).filter((name) => /\.(c?js|html)$/.test(name));
    expect(shipped).toEqual(expect.arrayContaining(['cli.cjs', 'index.js', 'lsp.cjs', 'checker.html']));
    for (const file of shipped.map((name) => `dist/${name}`)) {
      const text = readFileSync(path.join(ROOT, file), 'latin1');
      const at = text.indexOf(ROOT);
      expect(at === -1 ? null : `${file}: ${text.slice(Math.max(0, at - 30), at + ROOT.length + 30)}`).toBeNull();
    }
  });

  it('still runs, and reports the same, when it holds non-ASCII text (decoded as UTF-8 then)', () => {
    const bin = path.join(copy, 'bin/invitelint.js');
    const bundle = path.join(copy, 'dist/cli.cjs');
    const ascii = readFileSync(bundle, 'utf8');
    try {
      writeFileSync(bundle, `${ascii}\n// café, 2 mai 2005 — déjà\n`);
      const edited = run(bin, { INVITELINT_CODE_CACHE: 'off' });
      expect(edited.stderr).toBe('');
      expect(edited.status).toBe(1);
      expect(edited.stdout).toBe(run(path.join(ROOT, 'bin/invitelint.js')).stdout);
    } finally {
      writeFileSync(bundle, ascii);
    }
  });
});

describe('a reader that closes the pipe early', () => {
  it('gets no stack trace, and the exit code still says the files fail', async () => {
    const child = spawn(process.execPath, [BIN, ...LINT], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    // Like `| head -c 1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
