// BufferedOutput hands on the UTF-8 of everything written, in order, in pieces no larger than its buffer
// (a text larger than the buffer goes on its own), whatever mix of small, large and non-ASCII texts.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferedOutput, OUTPUT_BUFFER_SIZE, writeAllSync } from '../../src/cli/output.js';

/** Texts of many sizes, with 2-, 3- and 4-byte characters, a lone surrogate, and bidi and C1 controls. */
function texts(): string[] {
  const pieces = ['a', 'é', '€', '😀', '\ud800', '\u202e', '\u0085', '\n    ', 'plain ascii text, '];
  const out: string[] = [];
  let seed = 7;
  for (let i = 0; i < 400; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const repeat = i % 50 === 0 ? OUTPUT_BUFFER_SIZE / 4 + (seed % 1000) : seed % 3000;
    out.push(pieces[seed % pieces.length]!.repeat(repeat));
  }
  out.push('é'.repeat(OUTPUT_BUFFER_SIZE), '', 'end');
  return out;
}

describe('BufferedOutput', () => {
  it('hands on exactly the UTF-8 of the texts, in order, reusing its buffer only after each piece is handled', () => {
    const all = texts();
    const received: Buffer[] = [];
    const output = new BufferedOutput((bytes) => received.push(Buffer.from(bytes)));
    for (const text of all) output.write(text);
    output.flush();
    expect(Buffer.concat(received).equals(Buffer.from(all.join(''), 'utf8'))).toBe(true);
    expect(received.length).toBeGreaterThan(1);
    expect(received.filter((piece) => piece.length > OUTPUT_BUFFER_SIZE).every((piece) => all.some((text) => Buffer.byteLength(text) === piece.length))).toBe(true);
  });

  it('gives copies when asked (for a stream that writes later), so that later texts do not overwrite earlier ones', () => {
    const kept: Uint8Array[] = [];
    const output = new BufferedOutput((bytes) => kept.push(bytes), true);
    const all = texts();
    for (const text of all) output.write(text);
    output.flush();
    expect(Buffer.concat(kept).equals(Buffer.from(all.join(''), 'utf8'))).toBe(true);
  });

  it('hands on nothing for nothing written, and flush twice is flush once', () => {
    const received: Uint8Array[] = [];
    const output = new BufferedOutput((bytes) => received.push(bytes));
    output.flush();
    output.write('');
    output.flush();
    expect(received).toEqual([]);
    output.write('x');
    output.flush();
    output.flush();
    expect(received.map((bytes) => Buffer.from(bytes).toString())).toEqual(['x']);
  });

  it('writes a file through writeAllSync byte for byte', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-output-'));
    try {
      const file = path.join(dir, 'out.json');
      const fd = openSync(file, 'w');
      const output = new BufferedOutput((bytes) => writeAllSync(fd, bytes));
      const all = texts();
      for (const text of all) output.write(text);
      output.flush();
      closeSync(fd);
      expect(readFileSync(file).equals(Buffer.from(all.join(''), 'utf8'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
