// Turning the command line's paths into files: files as named, folders walked, globs matched.
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAMES } from './config/names.js';

export interface ExpandedPaths {
  /** Files to lint, in a stable order, each once. */
  files: string[];
  /** One message per path that could not be used (the run exits 2, the other files are still linted). */
  problems: string[];
}

const ANNOUNCEMENT_FILE = /\.ya?ml$/i;

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Why a path cannot be read, in words (the error code in brackets for searching). */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder, not a file',
    ELOOP: 'a loop of symbolic links',
    ENOENT: 'it does not exist (a symbolic link to nothing?)',
    ENOTDIR: 'a part of the path is not a folder',
    EMFILE: 'too many files open',
    EIO: 'input/output error',
  };
  const reason = code !== undefined && Object.hasOwn(reasons, code) ? reasons[code] : undefined;
  if (reason) return `${reason} (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * A file's bytes, reading at most `maxBytes + 1` of them: a file over the limit is known to be so without
 * reading it whole (the loader then reports the limit). Throws the system's error for what cannot be read.
 */
export function readAnnouncementFile(file: string, maxBytes: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    const cap = Math.max(0, Math.min(maxBytes, 2 ** 31 - 2)) + 1;
    // A regular file of known size: one read of one byte more than its size says that it ended there
    // (a read that fills the buffer means the file grew: the loop goes on as for special files).
    if (stats.isFile() && stats.size > 0) {
      const first = Buffer.allocUnsafe(Math.min(cap, stats.size + 1));
      const read = readSync(fd, first, 0, first.length, null);
      if (read < first.length) return first.subarray(0, read);
      return readRest(fd, first, cap);
    }
    // Special files (pipes, devices) report size 0: read them in chunks up to the limit like any other.
    return readRest(fd, Buffer.alloc(0), cap);
  } finally {
    closeSync(fd);
  }
}

/** `head` and what follows it in the file, up to `cap` bytes in all. */
function readRest(fd: number, head: Buffer, cap: number): Buffer {
  const chunks: Buffer[] = head.length > 0 ? [head] : [];
  let total = head.length;
  while (total < cap) {
    const chunk = Buffer.allocUnsafe(Math.min(cap - total, 64 * 1024));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * Every *.yaml / *.yml below `folder`, skipping node_modules and dot-folders, safe against symlink loops.
 * A link named *.yaml that leads nowhere is visited too, so that reading it reports why it cannot be read;
 * a folder that cannot be listed is a problem.
 */
function walk(
  folder: string,
  visit: (file: string, real: string) => void,
  problem: (folder: string, why: string) => void,
  seen = new Set<string>(),
  knownReal?: string,
): void {
  let real: string;
  if (knownReal !== undefined) real = knownReal;
  else {
    try {
      real = realpathSync(folder);
    } catch (error) {
      problem(folder, `cannot be read: ${describeReadError(error)}`);
      return;
    }
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problem(folder, `cannot be listed: ${describeReadError(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      try {
        const target = statSync(full);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        isFile = true; // a broken link or a loop: reading it says which
      }
    }
    // The real path of an entry that is no link is its name in the folder's real path: only links are resolved.
    if (isDirectory && !isSkippedFolder(entry.name)) walk(full, visit, problem, seen, isLink ? undefined : path.join(real, entry.name));
    // Config files are YAML too, but no announcement: a folder or glob never lints them.
    else if (isFile && ANNOUNCEMENT_FILE.test(entry.name) && !CONFIG_FILE_NAMES.includes(entry.name)) visit(full, isLink ? realPathOf(full) : path.join(real, entry.name));
  }
}

/** The real path of a file, or its absolute path when it has none (a broken link, a loop). */
function realPathOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

export function expandPaths(patterns: readonly string[], cwd: string): ExpandedPaths {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  const problem = (folder: string, why: string) => problems.push(`${toDisplayPath(folder, cwd)}: ${why}`);
  // Each file once, however it was reached (two patterns, a link to it): keyed by its real path.
  const add = (file: string, key = realPathOf(file)) => {
    if (!seen.has(key)) {
      seen.add(key);
      files.push(toDisplayPath(file, cwd));
    }
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      let found = 0;
      walk(
        absolute,
        (file, real) => {
          found++;
          add(file, real);
        },
        problem,
      );
      if (found === 0) problems.push(`no *.yaml or *.yml files in the folder ${pattern}`);
      continue;
    }
    if (stats) {
      add(absolute);
      continue;
    }
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      // A link that leads nowhere (or in a loop) is there to read: reading it reports why it cannot be.
      if (isLink(absolute)) add(absolute);
      else problems.push(`no such file or folder: ${pattern}`);
      continue;
    }
    const base = path.resolve(cwd, scan.base || '.');
    const matches = picomatch(scan.glob, { dot: false });
    let matched = 0;
    walk(
      base,
      (file, real) => {
        if (matches(toPosix(path.relative(base, file)))) {
          matched++;
          add(file, real);
        }
      },
      problem,
    );
    if (matched === 0) problems.push(`no files match the pattern ${pattern}`);
  }
  return { files, problems };
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Paths as reports show them: relative to the working folder when inside it, with forward slashes. */
export function toDisplayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return toPosix(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file);
}
