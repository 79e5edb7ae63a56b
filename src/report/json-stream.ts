// The json format written result by result, so that a run over thousands of files never holds them all
// (nor one string of the whole report). Byte for byte what the json formatter prints for the same report,
// escaped the same way (terminalSafeJson works character by character, so it can work result by result).
import { buildReport } from '../engine/report.js';
import type { DocumentResult, LintReport } from '../engine/types.js';
import { terminalSafeJson } from './sanitize.js';

const RESULTS = '"results": [';
/** A result inside this wrapper is indented as an item of the report's results (4 spaces), by JSON.stringify itself. */
const ITEM_START = '{\n  "results": [\n    '.length;
const ITEM_END = '\n  ]\n}'.length;

/** One result as the json report prints it among the results (indented, escaped), without the comma between. */
export function jsonResultText(result: DocumentResult): string {
  const wrapped = terminalSafeJson({ results: [result] });
  return wrapped.slice(ITEM_START, wrapped.length - ITEM_END);
}

export class JsonReportStream {
  private wrote = false;

  constructor(
    private readonly write: (chunk: string) => void,
    asOf: string,
  ) {
    const head = terminalSafeJson(buildReport([], asOf));
    this.write(head.slice(0, head.indexOf(RESULTS) + RESULTS.length));
  }

  add(result: DocumentResult): void {
    this.addText(jsonResultText(result));
  }

  /** Adds a result already made into text by jsonResultText (in a `--jobs` worker, say). */
  addText(text: string): void {
    this.write(this.wrote ? ',\n    ' : '\n    ');
    this.write(text);
    this.wrote = true;
  }

  /** Writes the summary; `report` is the run's report (its results are not read). */
  end(report: LintReport): void {
    const { version, tool, asOf, summary, configFiles } = report;
    const tail = terminalSafeJson({ version, tool, asOf, results: [], summary, configFiles });
    this.write(`${this.wrote ? '\n  ' : ''}${tail.slice(tail.indexOf(RESULTS) + RESULTS.length)}\n`);
  }
}
