// What the reports say besides findings and statuses: about drafts (announcements without an `issued` date,
// taken as sent on the --as-of date), the latest day to send one so that its notice holds and whether the
// --as-of date matters at all; and which config files applied. Every date comes from the engine.
import type { DocumentResult, LintReport } from '../engine/types.js';

/** A result that is a draft: its notice counts from the --as-of date. */
export const isDraft = (result: DocumentResult): boolean => result.facts !== undefined && !result.facts.sent.fromIssued;

/** Whether any announcement of the report is a draft: only then does the --as-of date mean anything to it. */
export function hasDrafts(report: LintReport): boolean {
  return report.results.some(isDraft);
}

export interface LatestSend {
  /** YYYY-MM-DD: the last day the invitation can go out with the notice the rule requires. */
  date: string;
  requiredDays: number;
  unit: string;
}

/**
 * For a draft whose notice period passes, the latest day to send it (a failing one is told in its finding's
 * remedy); null for anything else.
 */
export function latestSend(result: DocumentResult): LatestSend | null {
  if (!isDraft(result)) return null;
  const notice = result.criteria.find((criterion) => criterion.rule === 'notice-period');
  const evidence = notice?.evidence;
  if (!notice || notice.status !== 'pass' || !evidence || typeof evidence['sendBy'] !== 'string') return null;
  return { date: evidence['sendBy'], requiredDays: Number(evidence['requiredDays']), unit: String(evidence['unit']) };
}

/** Config files a text report names one by one; a run over many folders names the rest by their number. */
export const MAX_CONFIG_FILES_NAMED = 10;

/** The config files a text report names, and how many more there are. */
export function configFilesNamed(report: LintReport): { named: string[]; more: number } {
  const all = report.configFiles ?? [];
  return { named: all.slice(0, MAX_CONFIG_FILES_NAMED), more: Math.max(0, all.length - MAX_CONFIG_FILES_NAMED) };
}

