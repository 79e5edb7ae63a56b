// The bench's corpus is reproducible: the same seed writes the same files, another seed other files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error the bench is plain JavaScript
import { generateCorpus } from './corpus.mjs';
import { lintText } from '../../src/index.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'invitelint-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fixturesDir = path.resolve(import.meta.dirname, '../../fixtures');

function contents(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${name}\n${readFileSync(path.join(dir, name), 'utf8')}`);
}

describe('bench corpus', () => {
  it('writes the same files for the same seed, spread over folders', () => {
    const a = generateCorpus({ root: path.join(root, 'a'), count: 120, seed: 7, fixturesDir });
    const b = generateCorpus({ root: path.join(root, 'b'), count: 120, seed: 7, fixturesDir });
    const files = contents(a);
    expect(files).toHaveLength(120);
    expect(contents(b)).toEqual(files);
    expect(readdirSync(a).filter((name) => name.startsWith('folder-'))).toHaveLength(2);
  });

  it('writes other files for another seed', () => {
    const a = generateCorpus({ root: path.join(root, 'c'), count: 20, seed: 7, fixturesDir });
    const b = generateCorpus({ root: path.join(root, 'c'), count: 20, seed: 8, fixturesDir });
    expect(contents(b)).not.toEqual(contents(a));
  });

  it('writes announcements of about 40 lines that load without syntax or schema errors', () => {
    const dir = generateCorpus({ root: path.join(root, 'd'), count: 50, seed: 3, fixturesDir });
    const files = contents(dir);
    const lines = files.reduce((sum, file) => sum + file.split('\n').length - 2, 0) / files.length;
    expect(lines).toBeGreaterThan(34);
    expect(lines).toBeLessThan(46);
    for (const file of files) {
      const report = lintText(file.slice(file.indexOf('\n') + 1), { asOf: '2026-01-01' });
      const broken = report.results[0]!.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema');
      expect(broken).toEqual([]);
    }
  });
});
