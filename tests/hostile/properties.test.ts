// Property-based: for arbitrary text, arbitrary bytes and arbitrary mutations of valid announcements, linting
// returns a result (never throws, never an internal error), every finding lies inside the file, the JSON
// output parses back to the report, and stylish prints no control character. Runs are kept modest for CI.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { firstInvalidUtf8 } from '../../src/announcement/load.js';
import { CATALOGUE } from '../../rules/index.js';
import { createLinter } from '../../src/engine/linter.js';
import { buildReport } from '../../src/engine/report.js';
import type { LintReport } from '../../src/engine/types.js';
import { lintText } from '../../src/index.js';
import json from '../../src/report/json.js';
import stylish from '../../src/report/stylish.js';
import { fixture, PASSING, WSIS_2005 } from '../helpers.js';

const AS_OF = '2026-01-05';
/** INVITELINT_PROPERTY_RUNS=10 multiplies every run count, for a longer hunt than CI's. */
const SCALE = Number(process.env.INVITELINT_PROPERTY_RUNS ?? 1);
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const FIXTURES = [PASSING, WSIS_2005, 'failing/agenda-longer-than-meeting.yaml', 'open-registration-no-count.yaml', 'markup-and-commands-in-text.yaml'].map(fixture);

/** Every way a report can fail the properties, as messages (an empty list is a pass). */
function violations(report: LintReport, text: string): string[] {
  const found: string[] = [];
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  const inside = (line: number, column: number) =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  for (const result of report.results) {
    for (const f of result.findings) {
      const where = `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message.slice(0, 80)}`;
      if (f.rule === 'internal-error') found.push(`internal error: ${where}`);
      if (!inside(f.line, f.column) || !inside(f.endLine, f.endColumn)) found.push(`outside the file: ${where}`);
      if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) found.push(`ends before it starts: ${where}`);
    }
  }
  const output = json(report, { color: false, rules: RULES });
  if (JSON.stringify(JSON.parse(output)) !== JSON.stringify(report)) found.push('the JSON output does not parse back to the report');
  if (UNSAFE.test(stylish(report, { color: false, rules: RULES }))) found.push('stylish printed a control character');
  return found;
}

function check(text: string): string[] {
  return violations(lintText(text, { asOf: AS_OF, filePath: 'x.yaml' }), text);
}

// Pieces that mean something to YAML or to a terminal, to be spliced into announcements.
const TOKEN = fc.constantFrom(
  '[', ']', '{', '}', ': ', '- ', '? ', ',', '&a ', '*a', '<<: *a', '!!js/function ', '!tag ', '!!binary ', '"', "'", '|', '>-', '#',
  '\n---\n', '\n...\n', '%YAML 1.1\n', '\t', '\r\n', '\r', '\ufeff', '\u0000', '\u001b[31m', '\u001b]0;x\u0007', '\u202e', '\u2028',
  '__proto__: 1\n', 'constructor: x\n', '\n  ', '\n    ', ' ', '\\', '0', '-1', '1e999', 'null', '~', '2026-02-30', '25:99', '9999-12-31T23:59',
);

type Mutation = { at: number; remove: number; insert: string };
const MUTATION: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(TOKEN, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
});

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const { at, remove, insert } of mutations) {
    const position = at % (out.length + 1);
    out = out.slice(0, position) + insert + out.slice(position + remove);
  }
  return out;
}

/** Lines of the fixture shuffled, duplicated or dropped: structure-level damage that keeps most lines valid. */
function reshuffle(text: string, picks: readonly number[]): string {
  const lines = text.split('\n');
  return picks.map((pick) => lines[pick % lines.length]!).join('\n');
}

describe('properties', () => {
  it('arbitrary text: never throws, positions inside the file, JSON parses, stylish is clean', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(TOKEN, { maxLength: 40 }).map((t) => t.join(''))), (text) => {
        expect(check(text)).toEqual([]);
      }),
      { numRuns: 400 * SCALE },
    );
  });

  it('arbitrary bytes: a result for every input, never an internal error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }).map((text) => new TextEncoder().encode(text))), (bytes) => {
        const results = createLinter(CATALOGUE).lintDocuments(bytes, { cwd: '/', asOf: AS_OF, filePath: 'x.yaml' });
        expect(results.length).toBeGreaterThan(0);
        // A UTF-16 byte-order mark (FF FE or FE FF) is never UTF-8, and is named for what it is.
        const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
        if (utf16) {
          expect(results.map((r) => r.findings.map((f) => f.message))).toEqual([['the file is encoded as UTF-16: save it as UTF-8 to have it checked']]);
        } else if (firstInvalidUtf8(bytes) >= 0) {
          expect(results.map((r) => r.findings.map((f) => f.message.slice(0, 30)))).toEqual([['the file is not valid UTF-8: b']]);
        } else {
          expect(violations(buildReport(results, AS_OF), new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes))).toEqual([]);
        }
      }),
      { numRuns: 300 * SCALE, examples: [[Uint8Array.from([0xfe, 0xff])], [Uint8Array.from([0xff, 0xfe, 0x41, 0x00])]] },
    );
  });

  it('arbitrary edits of valid announcements', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(MUTATION, { minLength: 1, maxLength: 6 }), (text, mutations) => {
        expect(check(mutate(text, mutations))).toEqual([]);
      }),
      { numRuns: 400 * SCALE },
    );
  });

  it('lines of valid announcements shuffled, repeated and dropped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(fc.nat(), { minLength: 1, maxLength: 80 }), (text, picks) => {
        expect(check(reshuffle(text, picks))).toEqual([]);
      }),
      { numRuns: 200 * SCALE },
    );
  });
});
