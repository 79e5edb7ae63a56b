// Turning the command line's paths into files: files as named, folders walked, globs matched.
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from './config/names.js';
import { compileGlob, isGlob, splitGlob } from './glob.js';

export interface ExpandedPaths {
  /** Files to lint, in a stable order, each once. */
  files: string[];
  /** One message per path that could not be used (the run exits 2, the other files are still linted). */
  problems: string[];
}

const ANNOUNCEMENT_FILE = /\.ya?ml$/i;
/** Invitations (docs/import.md): linted when named, or matched by a glob that names their extension. */
const INVITATION_FILE = /\.(ics|eml)$/i;
const NAMES_INVITATIONS = /\.(ics|eml)\b/i;

function isAnnouncementName(name: string): boolean {
  return ANNOUNCEMENT_FILE.test(name) && !CONFIG_FILE_NAMES.includes(name);
}

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Thrown for a path that is no regular file (a pipe, a device, a socket): reading one could wait forever. */
class NotAFileError extends Error {
  readonly code = 'ENOTFILE';
}

/** Why a path cannot be read, in words (the error code in brackets for searching). */
export function describeReadError(error: unknown): string {
  if (error instanceof NotAFileError) return 'it is not a regular file (a pipe, a device or a socket), so it is not read';
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
 * reading it whole (the loader then reports the limit). Throws the system's error for what cannot be read,
 * and refuses what is no regular file: it is opened without waiting (a pipe with no writer would hold the
 * run forever) and looked at before any read.
 */
export function readAnnouncementFile(file: string, maxBytes: number): Uint8Array {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    if (!stats.isFile()) throw new NotAFileError(`${file} is not a regular file`);
    const cap = capOf(maxBytes);
    // A regular file of known size: one read of one byte more than its size says that it ended there
    // (a read that fills the buffer means the file grew: the loop goes on as for special files).
    if (stats.size > 0) {
      const first = Buffer.allocUnsafe(Math.min(cap, stats.size + 1));
      const read = readSync(fd, first, 0, first.length, null);
      if (read < first.length) return first.subarray(0, read);
      return readRest(fd, first, cap);
    }
    // Files the system gives no size (in /proc, say): read in chunks up to the limit like any other.
    return readRest(fd, Buffer.alloc(0), cap);
  } finally {
    closeSync(fd);
  }
}

/**
 * Standard input's bytes, with the same limit as a file's: at most `maxBytes + 1` are read, so endless input
 * (`cat /dev/zero | invitelint -`) stops there and is reported as over the limit.
 */
export function readStandardInput(maxBytes: number): Uint8Array {
  return readRest(0, Buffer.alloc(0), capOf(maxBytes));
}

/** The bytes to read at most for a limit of `maxBytes`: one more, to know that a text is over it. */
function capOf(maxBytes: number): number {
  return Math.max(0, Math.min(maxBytes, 2 ** 31 - 2)) + 1;
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

/** Whether `real` is `root` or lies below it (both real paths). */
function isInside(real: string, root: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Every *.yaml / *.yml below `folder`, skipping node_modules and dot-folders, safe against symlink loops.
 * A link named *.yaml that leads nowhere is visited too, so that reading it reports why it cannot be read;
 * a link that leads out of the folder walked is not followed (a received folder could link to any file on
 * the machine), and is a problem; a folder that cannot be listed is a problem. A file reached through a link
 * is visited under its real path: it is that file that is read, and its own folder's config applies to it.
 */
function walk(
  folder: string,
  visit: (file: string, real: string) => void,
  problem: (folder: string, why: string) => void,
  seen = new Set<string>(),
  knownReal?: string,
  root?: { given: string; real: string },
  wantedFile: (name: string) => boolean = isAnnouncementName,
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
  const walkRoot = root ?? { given: folder, real };
  // A link's target, named below the folder as it was given (so that reports and globs read as typed).
  const nameOf = (target: string) => path.join(walkRoot.given, path.relative(walkRoot.real, target));
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
    let target: string | null = null;
    if (isLink) {
      try {
        const stats = statSync(full);
        isDirectory = stats.isDirectory();
        isFile = stats.isFile();
        target = realpathSync(full);
      } catch {
        isFile = true; // a broken link or a loop: reading it says which
      }
    }
    const wanted = isDirectory ? !isSkippedFolder(entry.name) : isFile && wantedFile(entry.name);
    if (!wanted) continue;
    if (target !== null && !isInside(target, walkRoot.real)) {
      problem(full, `a symbolic link to outside the folder being linted, not followed`);
      continue;
    }
    // The real path of an entry that is no link is its name in the folder's real path: only links are resolved.
    if (isDirectory) walk(target !== null ? nameOf(target) : full, visit, problem, seen, target ?? path.join(real, entry.name), walkRoot, wantedFile);
    // Config files are YAML too, but no announcement: a folder or glob never lints them.
    else visit(target !== null ? nameOf(target) : full, target ?? (isLink ? path.resolve(full) : path.join(real, entry.name)));
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
  // A pattern given twice is expanded, and any problem with it said, once.
  for (const pattern of new Set(patterns)) {
    const absolute = path.resolve(cwd, pattern);
    let stats;
    let statError: unknown = null;
    try {
      stats = statSync(absolute);
    } catch (error) {
      stats = undefined;
      statError = error;
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
    if (!isGlob(pattern)) {
      // A link that leads nowhere (or in a loop) is there to read: reading it reports why it cannot be.
      if (isLink(absolute)) add(absolute);
      else if ((statError as NodeJS.ErrnoException | null)?.code === 'ENOENT') problems.push(`no such file or folder: ${pattern}`);
      else problems.push(`${toDisplayPath(absolute, cwd)}: cannot be read: ${describeReadError(statError)}`);
      continue;
    }
    const split = splitGlob(pattern);
    const base = path.resolve(cwd, split.base || '.');
    const matches = compileGlob(split.glob, { dot: false });
    let matched = 0;
    // A glob under a folder that does not exist matches nothing: that is all there is to say about it.
    if (!existsSync(base)) {
      problems.push(`no files match the pattern ${pattern}`);
      continue;
    }
    // A glob that names .ics or .eml (invites/*.ics) matches invitations too; others, announcements only.
    const wantedFile = NAMES_INVITATIONS.test(split.glob) ? (name: string) => isAnnouncementName(name) || INVITATION_FILE.test(name) : isAnnouncementName;
    walk(
      base,
      (file, real) => {
        if (matches(toPosix(path.relative(base, file)))) {
          matched++;
          add(file, real);
        }
      },
      problem,
      undefined,
      undefined,
      undefined,
      wantedFile,
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
