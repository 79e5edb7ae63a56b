// What every output format receives and returns. A formatter never recomputes results.
import type { LintReport, Rule } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';

export interface FormatContext {
  /** Use ANSI colours (stylish only). */
  color: boolean;
  /** The rule catalogue, for formats that describe rules (SARIF, JUnit, GitHub, Markdown). */
  rules: readonly Rule[];
  /** `--quiet`: how many warnings the report leaves out, for its summary to count them. */
  hiddenWarnings?: number;
  /** The language of the report (default English); JSON is always English, with message ids and evidence. */
  locale?: Locale;
}

export type Formatter = (report: LintReport, context: FormatContext) => string;
