// Assembling the report that every format prints and the library returns.
import type { DocumentResult, LintReport } from './types.js';
import { VERSION } from '../version.js';

export function buildReport(results: DocumentResult[], asOf: string, configFiles: readonly string[] = []): LintReport {
  const files = new Set(results.map((result) => result.file)).size;
  let errors = 0;
  let warnings = 0;
  let waived = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    waived += result.waivedCount;
  }
  return {
    version: 1,
    tool: { name: 'invitelint', version: VERSION },
    asOf,
    results,
    summary: { files, documents: results.length, errors, warnings, waived },
    configFiles: [...configFiles],
  };
}
