// terminalSafeJson skips its replace when a test finds nothing to escape (nearly every report): the output must be
// exactly what the replace alone gives, for any text, including the characters it escapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafeJson } from '../../src/report/sanitize.js';

/** The function before its fast path: every C1, bidi and line-separator character escaped, always. */
function alwaysReplaced(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The characters to escape, their neighbours, C0 controls, and any other UTF-16 code unit (lone surrogates too).
const edges = [0x7e, 0x7f, 0x80, 0x85, 0x9b, 0x9f, 0xa0, 0x61b, 0x61c, 0x61d, 0x200d, 0x200e, 0x200f, 0x2010, 0x2027, 0x2028, 0x2029, 0x202a, 0x202e, 0x202f, 0x2065, 0x2066, 0x2069, 0x206a];
const char = fc.oneof(
  fc.constantFrom(...edges.map((code) => String.fromCharCode(code))),
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const text = fc.array(char, { maxLength: 40 }).map((chars) => chars.join(''));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), tie('list'), tie('object')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 4 }),
})).value;

describe('terminalSafeJson', () => {
  it('gives what replacing every time gives, for any text and any JSON value', () => {
    fc.assert(
      fc.property(json, (value) => {
        const safe = terminalSafeJson(value);
        expect(safe).toBe(alwaysReplaced(value));
        expect(JSON.parse(safe)).toEqual(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes each such character, also alone and at either end', () => {
    for (const code of edges) {
      const char = String.fromCharCode(code);
      for (const value of [char, `a${char}`, `${char}a`, { [char]: [char] }]) expect(terminalSafeJson(value)).toBe(alwaysReplaced(value));
    }
  });
});
