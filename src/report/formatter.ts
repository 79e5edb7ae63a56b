// What every output format receives and returns. A formatter never recomputes results.
import type { LintReport, Rule } from '../engine/types.js';

export interface FormatContext {
  /** Use ANSI colours (stylish only). */
  color: boolean;
  /** The rule catalogue, for formats that describe rules (SARIF, JUnit, GitHub, Markdown). */
  rules: readonly Rule[];
}

export type Formatter = (report: LintReport, context: FormatContext) => string;
