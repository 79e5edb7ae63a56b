// Shared helpers: lint a fixture or a variant of one, run the real CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { lintText, type LintOptions } from '../src/index.js';
import type { DocumentResult, Finding, Status } from '../src/engine/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin/invitelint.js');

export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'fixtures', name), 'utf8');
}

/** The first document's result for `text`; `asOf` defaults to a fixed date so tests never read the clock. */
export function lintOne(text: string, options: LintOptions = {}): DocumentResult {
  const report = lintText(text, { asOf: '2026-01-05', ...options });
  return report.results[0]!;
}

/**
 * A fixture with some fields changed: `{ 'remote.participation': 'none' }` sets a value,
 * `{ remote: undefined }` deletes a field. Paths use dots and numeric indexes (`invitees.groups.0.selection`).
 */
export function variant(name: string, changes: Record<string, unknown>): string {
  const doc = parseDocument(fixture(name));
  for (const [dotted, value] of Object.entries(changes)) {
    const key = dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (value === undefined) doc.deleteIn(key);
    else doc.setIn(key, value);
  }
  return doc.toString();
}

export const PASSING = 'passing/inclusive-hybrid-consultation.yaml';
/** The passing fixture in format v1: for what v1 documents are read and told (its v2-only criteria are not stated). */
export const PASSING_V1 = 'v1/inclusive-hybrid-consultation.yaml';
export const WSIS_2005 = 'wsis-2005-informal-consultations.yaml';

/** The message of the `invalid-options` finding that lintText reports for options it cannot use, if any. */
export function invalidOptions(result: DocumentResult): string | undefined {
  return result.findings.find((finding) => finding.rule === 'invalid-options')?.message;
}

export function statusOf(result: DocumentResult, rule: string): string | undefined {
  return result.criteria.find((criterion) => criterion.rule === rule)?.status;
}

export function findingsOf(result: DocumentResult, rule: string): Finding[] {
  return result.findings.filter((finding) => finding.rule === rule);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024, // a report of thousands of documents is larger than the 1 MB default
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** How each status must read in the published formats (html, markdown): written here, not imported, so a change to src/ is caught. */
export const STATUS_LABELS: Record<Status, string> = {
  pass: '✔ pass',
  fail: '✖ fail',
  'not-stated': '? not stated',
  'not-applicable': '– n/a',
  waived: '~ waived',
  off: '– off',
};
