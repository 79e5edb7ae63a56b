// Turning the command line's paths into files: files as named, folders walked, globs matched.
import { readdirSync, realpathSync, statSync } from 'node:fs';
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

/** Every *.yaml / *.yml below `folder`, skipping node_modules and dot-folders, safe against symlink loops. */
function walk(folder: string, visit: (file: string) => void, seen = new Set<string>()): void {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(full);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isDirectory && !isSkippedFolder(entry.name)) walk(full, visit, seen);
    // Config files are YAML too, but no announcement: a folder or glob never lints them.
    else if (isFile && ANNOUNCEMENT_FILE.test(entry.name) && !CONFIG_FILE_NAMES.includes(entry.name)) visit(full);
  }
}

export function expandPaths(patterns: readonly string[], cwd: string): ExpandedPaths {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  const add = (file: string) => {
    const shown = toDisplayPath(file, cwd);
    if (!seen.has(shown)) {
      seen.add(shown);
      files.push(shown);
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
      walk(absolute, (file) => {
        found++;
        add(file);
      });
      if (found === 0) problems.push(`no *.yaml or *.yml files in the folder ${pattern}`);
      continue;
    }
    if (stats) {
      add(absolute);
      continue;
    }
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      problems.push(`no such file or folder: ${pattern}`);
      continue;
    }
    const base = path.resolve(cwd, scan.base || '.');
    const matches = picomatch(scan.glob, { dot: false });
    let matched = 0;
    walk(base, (file) => {
      if (matches(toPosix(path.relative(base, file)))) {
        matched++;
        add(file);
      }
    });
    if (matched === 0) problems.push(`no files match the pattern ${pattern}`);
  }
  return { files, problems };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Paths as reports show them: relative to the working folder when inside it, with forward slashes. */
export function toDisplayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return toPosix(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file);
}
