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
}

export interface LintReport {
  version: 1;
  tool: { name: 'invitelint'; version: string };
  /** The reference date for drafts (YYYY-MM-DD). */
  asOf: string;
  results: DocumentResult[];
  summary: { files: number; documents: number; errors: number; warnings: number; waived: number };
}
