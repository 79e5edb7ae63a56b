// Findings and results as values: ordering, counting, and the results of documents that could not be checked.
import { ENGINE_CODES, type EngineCode } from './codes.js';
import { englishEngineMessage, type EngineMessageArgs, type EngineMessageId } from './messages.js';
import type { DocumentResult, Finding, Position } from './types.js';

/**
 * Findings in file order, then by rule id. Ids are lowercase ASCII words and hyphens, which code-unit order sorts as
 * localeCompare does (tests/engine/order.test.ts); localeCompare's first use loads ICU's collator, ~10 ms of a one-file run.
 */
export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function countFindings(findings: readonly Finding[]) {
  let errorCount = 0;
  let warningCount = 0;
  let waivedCount = 0;
  for (const finding of findings) {
    if (finding.waived) waivedCount++;
    else if (finding.severity === 'error') errorCount++;
    else warningCount++;
  }
  return { errorCount, warningCount, waivedCount };
}

/** The rule id of a finding that reports a bug in invitelint itself (the CLI exits 2 on it). */
export const INTERNAL_ERROR = 'internal-error' satisfies EngineCode;

/** An error about a document as a whole (it could not be checked at all), placed at its start. */
export function documentError(rule: EngineCode, message: string): Finding {
  return { rule, severity: ENGINE_CODES[rule].severity, message, messageId: rule, line: 1, column: 1, endLine: 1, endColumn: 1, path: '', evidence: {}, remedy: null, source: null, waived: null };
}

/**
 * An engine finding rendered from one of its messages (messages.ts): the English message and remedy, with the
 * message id and evidence a report in another locale renders it again from.
 */
export function engineFinding<Id extends EngineMessageId>(
  rule: EngineCode,
  messageId: Id,
  evidence: EngineMessageArgs[Id],
  at: Position,
  severity: Finding['severity'] = ENGINE_CODES[rule].severity,
): Finding {
  const { message, remedy } = englishEngineMessage(messageId, evidence);
  return { rule, severity, message, messageId, ...at, evidence, remedy: remedy ?? null, source: null, waived: null };
}

const DOCUMENT_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1, path: '' };

/** A result with no criteria: the document could not be checked, and `findings` (errors) say why. */
export function uncheckedResult(file: string, document: number, title: string | null, findings: Finding[]): DocumentResult {
  return { file, document, title, criteria: [], findings, errorCount: findings.length, warningCount: 0, waivedCount: 0 };
}

/** A bug met while checking one document becomes that document's only finding: the other documents and files go on. */
export function internalErrorResult(file: string, document: number, title: string | null, error: unknown): DocumentResult {
  const cause = error instanceof Error ? error.message : String(error);
  return uncheckedResult(file, document, title, [engineFinding(INTERNAL_ERROR, 'checking-failed', { cause }, DOCUMENT_START)]);
}

/** One line per internal error in `results`, naming the file (for the CLI's standard error and exit 2). */
export function internalErrors(results: readonly DocumentResult[]): string[] {
  return results.flatMap((result) =>
    result.findings.filter((finding) => finding.rule === INTERNAL_ERROR).map((finding) => `${result.file}: ${finding.message}`),
  );
}
