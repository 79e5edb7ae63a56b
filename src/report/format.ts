// What every output format receives and returns. A formatter never recomputes results.
import type { LintReport, Rule } from '../engine/types.js';

export interface FormatContext {
  /** Use ANSI colours (stylish only). */
  color: boolean;
  /** The rule catalogue, for formats that describe rules (SARIF, JUnit, GitHub, Markdown). */
  rules: readonly Rule[];
  /** `--quiet`: how many warnings the report leaves out, for its summary to count them. */
  hiddenWarnings?: number;
}

export type Formatter = (report: LintReport, context: FormatContext) => string;

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Each format is loaded only when asked for, to keep start-up short. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).default;
    case 'json':
      return (await import('./json.js')).default;
    case 'sarif':
      return (await import('./sarif.js')).default;
    case 'junit':
      return (await import('./junit.js')).default;
    case 'github':
      return (await import('./github.js')).default;
    case 'markdown':
      return (await import('./markdown.js')).default;
    case 'html':
      return (await import('./html.js')).default;
  }
}
