// The shapes every part of the linter agrees on: rules, findings, results. No logic here.
import type * as z from 'zod';
import type { DocumentFacts, Facts, Position } from '../announcement/facts.js';

export type { DocumentFacts, Position, ZoneTime } from '../announcement/facts.js';

export type Severity = 'error' | 'warn';
export type RuleSetting = Severity | 'off';

/** A criterion's outcome on one announcement (rules.md, "statuses"). */
export type Status = 'pass' | 'fail' | 'not-stated' | 'not-applicable' | 'waived' | 'off';
/** What a rule's check can return; `waived` and `off` are decided by the engine. */
export type CheckStatus = Exclude<Status, 'waived' | 'off'>;

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
  /**
   * The waiver's reason when a waiver covers this finding, else null; a config waiver also gives its identity,
   * its config file and index there (`.invitelint.yaml#0`).
   */
  waived: { reason: string; origin: 'inline' } | { reason: string; origin: 'config'; waiver: string } | null;
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
  /**
   * For a rule whose verdict rests on other rules' (honest-labels): the rule ids it asks about through its
   * context, given its options. The engine checks them against the catalogue when it resolves a configuration,
   * and a rule may ask only about these.
   */
  evaluates?: (options: z.infer<Options>) => readonly string[];
}

export interface RuleContext {
  /** The status another rule (one of those `meta.evaluates` names) reports with its configured options, or its defaults when it is off. */
  statusOf(ruleId: string): CheckStatus;
  /**
   * Where another rule (one that `meta.evaluates` names) reports a fact as not stated: the YAML paths of its
   * not-stated findings (`remote`, `invitees.groups[0].selection`), empty unless its status is `not-stated`.
   */
  missingOf(ruleId: string): readonly string[];
  /** The human name of a rule's criterion, e.g. "Notice period". */
  criterionOf(ruleId: string): string;
  /** Every rule id of the catalogue, in its order. */
  readonly ruleIds: readonly string[];
}

/** Severities and options a preset sets for one rule. */
export interface PresetRule {
  severity?: RuleSetting;
  options?: Record<string, unknown>;
}

/** A named set of severities and options over the rules' defaults (rules.md, "Presets"). */
export interface Preset {
  name: string;
  description: string;
  sources: string[];
  /** Sets every rule back to the severity its metadata gives (the `recommended` preset). */
  ruleDefaults?: true;
  /** Applies to every rule before `rules` (the strict preset makes all errors). */
  allRules?: PresetRule;
  rules: Record<string, PresetRule>;
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
