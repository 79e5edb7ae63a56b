// Text written out in large pieces: a json report streamed result by result would otherwise make one system
// call (and one encoded copy) per result. The text is encoded straight into one reused buffer.
import { closeSync, fchmodSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { terminalSafe } from '../report/sanitize.js';

/**
 * One line on standard error. Its text is untrusted (file and link names, config keys and values, flags), so
 * it is made terminal-safe: no escape sequence, control character or line break, hence no line of its own
 * that a CI runner could read as a command (`::error ...`).
 */
export function warn(message: string): void {
  process.stderr.write(`invitelint: ${terminalSafe(message)}\n`);
}

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

/**
 * `--output-file`: the report is written to a temporary file beside it (opened when the first bytes are
 * ready) and renamed over it when the run is done, so that a run that is stopped or fails leaves the old
 * report whole. A link is written through: the file it leads to is replaced.
 */
export class ReportFile {
  private fd: number | null = null;
  private temporary: string | null = null;
  private error: unknown = null;

  constructor(readonly target: string) {}

  /** The file to replace: the target, or where it leads when it is a link. */
  private destination(): string {
    try {
      return realpathSync(this.target);
    } catch {
      return this.target;
    }
  }

  targetExists(): boolean {
    try {
      return statSync(this.target).isFile();
    } catch {
      return false;
    }
  }

  /** Empties the target now (for a target that is also a file to lint: it is then read as empty). */
  truncateTarget(): void {
    try {
      closeSync(openSync(this.target, 'w'));
    } catch (error) {
      this.error ??= error;
    }
  }

  write(bytes: Uint8Array): void {
    if (this.error !== null) return;
    try {
      if (this.fd === null) this.open();
      writeAllSync(this.fd!, bytes);
    } catch (error) {
      this.error = error;
    }
  }

  private open(): void {
    const destination = this.destination();
    // A new file ('wx': never one already there, nor a link someone placed under that name).
    const unique = `${process.pid}.${Math.random().toString(36).slice(2, 10)}`;
    const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${unique}.tmp`);
    this.fd = openSync(temporary, 'wx');
    this.temporary = temporary;
    try {
      fchmodSync(this.fd, statSync(destination).mode & 0o7777); // the report keeps the old one's permissions
    } catch {
      // No old report: the new file has the usual permissions.
    }
  }

  /** Puts the report in place; returns why it could not be written, or null. */
  commit(): unknown {
    if (this.error === null && this.fd === null) this.write(new Uint8Array(0));
    if (this.fd !== null && this.error === null) {
      try {
        closeSync(this.fd);
        this.fd = null;
        renameSync(this.temporary!, this.destination());
        this.temporary = null;
      } catch (error) {
        this.error = error;
      }
    }
    if (this.error !== null) this.discard();
    return this.error;
  }

  /** Leaves the target as it is and removes the temporary file. */
  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.temporary !== null) rmSync(this.temporary, { force: true });
    this.temporary = null;
  }
}
