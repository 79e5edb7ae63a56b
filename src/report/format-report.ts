// Writing a report in one format so that a bug in a formatter costs only the result it fails on.
// (Apart from format.ts, which the command line loads at start-up, so that this one loads the engine only when used.)
import { documentError, INTERNAL_ERROR, uncheckedResult } from '../engine/findings.js';
import { buildReport } from '../engine/report.js';
import type { DocumentResult, LintReport } from '../engine/types.js';
import type { FormatContext, Formatter } from './format.js';

export interface FormattedReport {
  output: string;
  /** One sentence per result that the formatter could not format (a bug), naming its file. */
  problems: string[];
}

const describe = (error: unknown) => {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be described';
  }
};

const fileOf = (result: DocumentResult) => {
  try {
    return typeof result.file === 'string' ? result.file : '<unknown file>';
  } catch {
    return '<unknown file>';
  }
};

/** What stands in a report for a result its formatter could not format. */
function unformattable(result: DocumentResult, error: unknown): DocumentResult {
  const message = `internal error while writing the report of this announcement (${describe(error)}); this is a bug in invitelint, please report it`;
  let document = 0;
  try {
    if (Number.isInteger(result.document)) document = result.document;
  } catch {
    // the index stays 0
  }
  return uncheckedResult(fileOf(result), document, null, [documentError(INTERNAL_ERROR, message)]);
}

/**
 * The report in one format. A bug that makes the formatter throw on one result costs that result only: it is
 * replaced by an internal-error result (and named in `problems`), and the other files' report is written.
 */
export function formatReport(formatter: Formatter, report: LintReport, context: FormatContext): FormattedReport {
  try {
    return { output: formatter(report, context), problems: [] };
  } catch (whole) {
    const problems: string[] = [];
    const results = report.results.map((result) => {
      try {
        formatter({ ...report, results: [result] }, context);
        return result;
      } catch (error) {
        problems.push(`${fileOf(result)}: internal error while writing the report: ${describe(error)}`);
        return unformattable(result, error);
      }
    });
    const mended = { ...report, results, summary: buildReport(results, report.asOf).summary };
    try {
      return { output: formatter(mended, context), problems };
    } catch {
      // No one result is to blame (the report as a whole is too much for the format): say so for each file.
      const failed = results.map((result) => unformattable(result, whole));
      problems.push(`internal error while writing the report: ${describe(whole)}`);
      return { output: formatter({ ...report, results: failed, summary: buildReport(failed, report.asOf).summary }, context), problems };
    }
  }
}
