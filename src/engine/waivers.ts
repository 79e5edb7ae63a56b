// Waivers (cli.md, "Waivers"): a waived finding stays in the report, marked with its reason.
import type { Document } from 'yaml';
import type { PlainDate } from '../announcement/dates.js';
import type { Locate } from '../announcement/facts.js';
import type { ResolvedConfig } from './config.js';
import type { CriterionResult, Finding } from './types.js';

export interface WaiverContext {
  file: string;
  asOf: PlainDate;
  config: ResolvedConfig;
  /** The YAML document, for inline waivers; null when they are ignored. */
  yaml: Document.Parsed | null;
  locate: Locate;
}

/** Marks waived findings, sets fully waived criteria to `waived`, and reports waivers that are wrong or unused. */
export function applyWaivers(findings: Finding[], _criteria: CriterionResult[], _context: WaiverContext): Finding[] {
  return findings;
}
