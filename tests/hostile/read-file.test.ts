// readAnnouncementFile reads a file of known size in one read of one byte more than its size, and never more
// than the limit plus one byte, whatever the file (regular, empty, larger than the limit); it refuses special files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeReadError, readAnnouncementFile } from '../../src/files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'invitelint-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `size` bytes that differ from one position to the next (a read at a wrong offset shows). */
function fileOf(size: number): { file: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 251;
  const file = path.join(dir, `f${size}.yaml`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

describe('readAnnouncementFile', () => {
  it('returns every byte of files around the buffer sizes, under a limit far above them', () => {
    for (const size of [0, 1, 2, 4095, 4096, 4097, 8192, 65535, 65536, 65537, 200_001]) {
      const { file, bytes } = fileOf(size);
      expect(Buffer.from(readAnnouncementFile(file, 10 * 1024 * 1024)).equals(bytes), `size ${size}`).toBe(true);
    }
  });

  it('reads a file at the limit whole, and one byte past the limit of a larger file (so that the loader refuses it)', () => {
    for (const size of [10, 4096, 65536, 70_000]) {
      const { file, bytes } = fileOf(size);
      expect(Buffer.from(readAnnouncementFile(file, size)).equals(bytes)).toBe(true);
      const cut = readAnnouncementFile(file, size - 1);
      expect(Buffer.from(cut).equals(bytes)).toBe(true); // limit + 1 bytes: all of them
      const shorter = readAnnouncementFile(file, Math.floor(size / 2));
      expect(Buffer.from(shorter).equals(bytes.subarray(0, Math.floor(size / 2) + 1))).toBe(true);
    }
    expect(readAnnouncementFile(fileOf(5).file, 0)).toHaveLength(1);
  });

  // A pipe with no writer would hold the run forever, a device can be endless: only regular files are read
  // (standard input, the one pipe the command reads, has its own capped reader: see stdin.test.ts).
  it('refuses special files at once, without waiting for a pipe to be written', () => {
    const fifo = path.join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const special of ['/dev/null', '/dev/zero', fifo]) {
      let thrown: unknown;
      try {
        readAnnouncementFile(special, 1000);
      } catch (error) {
        thrown = error;
      }
      expect(describeReadError(thrown)).toBe('it is not a regular file (a pipe, a device or a socket), so it is not read');
    }
  });

  it('throws EISDIR for a folder and the system error for a missing file', () => {
    expect(() => readAnnouncementFile(dir, 1000)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(() => readAnnouncementFile(path.join(dir, 'missing.yaml'), 1000)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
