// The shapes every part of the linter agrees on: rules, findings, results. No logic here.
import type * as z from 'zod';
import type { Facts } from '../announcement/facts.js';

export type Severity = 'error' | 'warn';
export type RuleSetting = Severity | 'off';

/** A criterion's outcome on one announcement (rules.md, "statuses"). */
export type Status = 'pass' | 'fail' | 'not-stated' | 'not-applicable' | 'waived' | 'off';
/** What a rule's check can return; `waived` and `off` are decided by the engine. */
export type CheckStatus = Exclude<Status, 'waived' | 'off'>;

/** 1-based position of a field (or of its parent mapping when it is missing) and its YAML path. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Dotted YAML path, e.g. `meeting.start` or `invitees.groups[0].selection`. */
  path: string;
}

export type Evidence = Record<string, string | number | boolean | null | readonly (string | number)[]>;

/** A public norm a rule rests on. */
export interface Source {
  /** Short citation, e.g. "W3C Process Document, 8 weeks' notice for face-to-face meetings". */
  title: string;
  url?: string;
}

/** What a rule's check reports for one finding; the engine adds rule, severity and waiver state. */
export interface FindingDraft {
  message: string;
  at: Position;
  evidence: Evidence;
  /** A concrete remedy (dates, numbers), where one can be computed. */
  remedy?: string;
  /** The norm this finding rests on; defaults to the rule's first source. */
  source?: string;
}

export interface Finding extends Position {
  rule: string;
  severity: Severity;
  message: string;
  evidence: Evidence;
  remedy: string | null;
  source: string | null;
  /** The waiver's reason when a waiver covers this finding, else null. */
  waived: { reason: string; origin: 'config' | 'inline' } | null;
}

export interface CheckResult {
  status: CheckStatus;
  findings: FindingDraft[];
  /** The thresholds the verdict was reached with (e.g. `requiredDays`), for reports that draw them. */
  evidence?: Evidence;
}

export interface RuleMeta<Options extends z.ZodObject = z.ZodObject> {
  /** Stable id, e.g. `notice-period`. */
  id: string;
  /** Human name of the criterion, e.g. "Notice period". */
  criterion: string;
  /** One line: what the rule checks. */
  description: string;
  /** Severity in the `recommended` preset. */
  severity: Severity;
  /** Options with their defaults: `options.parse({})` yields the defaults. */
  options: Options;
  sources: Source[];
}

export interface RuleContext {
  /** The status another rule reports with its configured options (its defaults when it is off). */
  statusOf(ruleId: string): CheckStatus;
}

export interface Rule<Options extends z.ZodObject = z.ZodObject> {
  meta: RuleMeta<Options>;
  /** Rule pages are Markdown, shipped beside the code and rendered by `explain`. */
  page: string;
  check(facts: Facts, options: z.infer<Options>, context: RuleContext): CheckResult;
}

export interface CriterionResult {
  rule: string;
  criterion: string;
  status: Status;
  severity: RuleSetting;
  /** The thresholds the rule applied, where a report can draw them (notice, document and decision windows, hours). */
  evidence?: Evidence;
}

/** One session of a meeting as it falls in one invitee zone. */
export interface ZoneTime {
  zone: string;
  /** Local start and end, `YYYY-MM-DD HH:MM`. */
  start: string;
  end: string;
  /** Minutes from local midnight of the start day to the start and to the end (over 1440 past midnight). */
  startMinute: number;
  endMinute: number;
}

/**
 * The dates and times of an announcement that reports draw (the HTML timeline and time-zone strip), derived
 * once by the engine so that no format recomputes them.
 */
export interface DocumentFacts {
  mode: 'in-person' | 'hybrid' | 'online';
  /** The meeting's IANA zone, or null when its times carry their own offsets. */
  meetingZone: string | null;
  /** The day notice counts from: `issued`, or the --as-of date in a draft. */
  sent: { date: string; fromIssued: boolean };
  registrationDeadline: string | null;
  documents: { title: string; published: string }[];
  sessions: {
    /** Local start and end in the meeting's clock, `YYYY-MM-DD HH:MM`; end null when no duration or end is given. */
    start: string;
    end: string | null;
    minutes: number | null;
    /** The session in each invitee zone, in the order of `inviteeZones`. */
    zones: ZoneTime[];
  }[];
  startDate: string;
  endDate: string | null;
  decision: { name: string; date: string | null } | null;
  noticeDays: number;
  inviteeZones: string[] | null;
}

export interface DocumentResult {
  file: string;
  /** 0-based index of the YAML document in the file. */
  document: number;
  title: string | null;
  criteria: CriterionResult[];
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  waivedCount: number;
  /** Dates and times for reports that draw them; absent when the document could not be read as an announcement. */
  facts?: DocumentFacts;
}

export interface LintReport {
  version: 1;
  tool: { name: 'invitelint'; version: string };
  /** The reference date for drafts (YYYY-MM-DD). */
  asOf: string;
  results: DocumentResult[];
  summary: { files: number; documents: number; errors: number; warnings: number; waived: number };
  /** The config files whose settings the run applied, as the results name files (relative to the working folder); none for presets and flags alone. */
  configFiles: string[];
}
