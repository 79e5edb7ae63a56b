// The glob matcher (src/glob.ts) against picomatch, the matcher it replaces, on random patterns of the kinds
// config waivers and command-line globs use; and on patterns that make a backtracking matcher take minutes.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs, isGlob, splitGlob } from '../../src/glob.js';

const SCALE = Number(process.env.INVITELINT_PROPERTY_RUNS ?? 1);

/**
 * One name of a pattern: plain characters, wildcards, a set, a brace. Not an empty brace option next to a
 * wildcard: picomatch then lets `**{a,}` cross a `/` and `*{a,}` match `..`, which this matcher does not.
 */
const patternName = fc
  .array(
    fc.constantFrom('a', 'b', '.', '-', '*', '?', '[ab]', '[a-b]', '[^a]', '{a,b}', '{a,.b}', '{a,b*}', '.yaml', '\\*'),
    { minLength: 1, maxLength: 5 },
  )
  // Stars side by side within a name are one star (picomatch reads `**{a,b}` as crossing a `/`).
  .map((parts) => parts.join('').replace(/\*{2,}/g, '*'));
const pattern = fc
  .array(fc.oneof({ weight: 4, arbitrary: patternName }, { weight: 1, arbitrary: fc.constant('**') }), { minLength: 1, maxLength: 4 })
  .map((names) => names.join('/'));
/**
 * A relative path as path.relative gives it, below the folder (names that are `.` or `..` are never matched by
 * a wildcard here, where picomatch lets `?` and `[^a]` take them: see the cases below). Not a name ending in a
 * dot: picomatch's `*.*` refuses `a.` although its `a*.*` takes it; a star matches nothing here, as in a shell.
 */
const pathName = fc
  .array(fc.constantFrom('a', 'b', '.', '-', '*', 'a.yaml'), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''))
  .filter((name) => name !== '.' && name !== '..' && !name.endsWith('.'));
const filePath = fc
  .array(pathName, { minLength: 1, maxLength: 5 })
  .map((names) => names.join('/'));

describe('glob matcher', () => {
  for (const dot of [true, false]) {
    it(`matches as picomatch does (dot: ${dot})`, () => {
      fc.assert(
        fc.property(pattern, fc.array(filePath, { minLength: 1, maxLength: 8 }), (glob, paths) => {
          const ours = compileGlob(glob, { dot });
          const theirs = picomatch(glob, { dot });
          for (const each of paths) expect([glob, each, ours(each)]).toEqual([glob, each, theirs(each)]);
        }),
        { numRuns: 2000 * SCALE },
      );
    });
  }

  it('matches the forms picomatch gives a meaning to', () => {
    const cases: [string, string, boolean][] = [
      ['closed/*.yaml', 'closed/a.yaml', true],
      ['closed/*.yaml', 'closed/x/a.yaml', false],
      ['closed/**', 'closed/x/a.yaml', true],
      ['closed/**', 'closed', true],
      ['a/**/b.yaml', 'a/b.yaml', true],
      ['a/**/b.yaml', 'a/x/y/b.yaml', true],
      ['**', '../a.yaml', false],
      ['*/a.yaml', '../a.yaml', false],
      ['??/a.yaml', '../a.yaml', false],
      ['[^a][^a]/a.yaml', '../a.yaml', false],
      ['../a.yaml', '../a.yaml', true],
      ['**/*.yaml', '.hidden/a.yaml', true],
      ['./a.yaml', 'a.yaml', true],
      ['!a.yaml', 'b.yaml', true],
      ['!a.yaml', 'a.yaml', false],
      ['[!a].yaml', 'b.yaml', true],
      ['{a,b/c}.yaml', 'b/c.yaml', true],
      ['{a,{b,c}}.yaml', 'c.yaml', true],
      ['{a}.yaml', '{a}.yaml', true],
      ['[a', '[a', true],
      ['a\\*', 'a*', true],
      ['a\\*', 'ab', false],
      // A star matches the empty string wherever it stands (picomatch: false for `*.*`, true for `a*.*`).
      ['*.*', 'a.', true],
      ['a*.*', 'a.', true],
    ];
    for (const [glob, each, expected] of cases) expect([glob, each, compileGlob(glob, { dot: true })(each)]).toEqual([glob, each, expected]);
    expect(compileGlob('*.yaml', { dot: false })('.a.yaml')).toBe(false);
    expect(compileGlobs(['x', 'y/**'], { dot: true })('y/z')).toBe(true);
  });

  it('answers at once where a backtracking matcher takes minutes: each star is tried once per character', () => {
    // picomatch's regular expression takes over a minute on this name; the automaton looks at each character
    // once per step, so the answer is the same for a name a thousand times as long.
    const glob = compileGlob('*a*a*a*a*a*a*a*a*a*a*b', { dot: true });
    expect(glob('a'.repeat(60))).toBe(false);
    expect(glob(`${'a'.repeat(60_000)}b`)).toBe(true);
    expect(compileGlob('**/**/**/**/**/**/**/x', { dot: true })(`${'a/'.repeat(5000)}y`)).toBe(false);
    expect(compileGlob(`${'{a,'.repeat(200)}b${'}'.repeat(200)}`, { dot: true })('b')).toBe(true);
  });

  it('splits a glob into the folder to walk and the pattern below it', () => {
    expect(splitGlob('notices/**/*.yaml')).toEqual({ base: 'notices', glob: '**/*.yaml' });
    expect(splitGlob('./x/*.y')).toEqual({ base: 'x', glob: '*.y' });
    expect(splitGlob('*.yaml')).toEqual({ base: '', glob: '*.yaml' });
    expect(splitGlob('/tmp/a/*.yaml')).toEqual({ base: '/tmp/a', glob: '*.yaml' });
    expect(splitGlob('x/{a,b}.yaml')).toEqual({ base: 'x', glob: '{a,b}.yaml' });
    expect(isGlob('a/b.yaml')).toBe(false);
    expect(isGlob('a/b\\*.yaml')).toBe(false);
    expect(isGlob('a/[b].yaml')).toBe(true);
  });
});
