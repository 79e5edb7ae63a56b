// Text written out in large pieces: a json report streamed result by result would otherwise make one system
// call (and one encoded copy) per result. The text is encoded straight into one reused buffer.
import { writeSync } from 'node:fs';

/** Bytes gathered before they are handed on. */
export const OUTPUT_BUFFER_SIZE = 256 * 1024;

export class BufferedOutput {
  private readonly buffer = Buffer.allocUnsafe(OUTPUT_BUFFER_SIZE);
  private used = 0;

  /**
   * `out` receives each full buffer; it must be done with the bytes when it returns (`copy` false, as
   * writeSync is) or be given a copy of them (`copy` true, for a stream that writes later).
   */
  constructor(
    private readonly out: (bytes: Uint8Array) => void,
    private readonly copy = false,
  ) {}

  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    const most = text.length * 3;
    if (this.used + most > this.buffer.length) this.flush();
    if (most > this.buffer.length) {
      this.out(Buffer.from(text, 'utf8'));
      return;
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  flush(): void {
    if (this.used === 0) return;
    const bytes = this.buffer.subarray(0, this.used);
    this.used = 0;
    this.out(this.copy ? Buffer.from(bytes) : bytes);
  }
}

/** Writes all of `bytes` to `fd` (one writeSync may write only part of them). */
export function writeAllSync(fd: number, bytes: Uint8Array): void {
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}
