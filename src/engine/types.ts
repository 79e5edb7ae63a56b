// The shapes every part of the linter agrees on: rules, findings, results. No logic here.
import type * as z from 'zod';
import type { DocumentFacts, Facts, Position } from '../announcement/facts.js';
import type { TranslatedLocale } from '../i18n/locale.js';
import type { Words } from '../i18n/words.js';

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

/** What one message renders to: the finding's message and, where one can be computed, a concrete remedy (dates, numbers). */
export interface Rendered {
  message: string;
  remedy?: string;
}

/** The values each of a rule's messages is rendered from, by message id; they are the finding's `evidence`. */
export type MessageArgs = Record<string, Evidence>;

/**
 * A rule's messages in one locale: a typed function per message id, from the finding's evidence, the locale's
 * words (dates, plurals, lists) and its criterion names. English is the code's own language and the JSON report's.
 */
export type MessageCatalogue<Args extends MessageArgs = MessageArgs> = { [Id in keyof Args]: (args: Args[Id], words: Words, criterionOf: CriterionNames) => Rendered };

/** The name of a rule's criterion in the locale a message is rendered in (for messages that name other criteria). */
export type CriterionNames = (ruleId: string) => string;

/** A rule in another language: its names, its page and its messages. */
export interface RuleTranslation<Args extends MessageArgs = MessageArgs> {
  criterion: string;
  description: string;
  /** Each option's meaning, by option name (every option of the rule). */
  options: Record<string, string>;
  /** The titles of `meta.sources`, in their order. */
  sources: string[];
  /** The rule page (README.<locale>.md). */
  page: string;
  messages: MessageCatalogue<Args>;
}

export type RuleTranslations<Args extends MessageArgs = MessageArgs> = Record<TranslatedLocale, RuleTranslation<Args>>;

/** What a rule's check reports for one finding; the engine renders its message and adds rule, severity and waiver state. */
export type FindingDraft<Args extends MessageArgs = MessageArgs> = {
  [Id in keyof Args & string]: {
    /** A stable id among the rule's messages (kebab-case); the message and remedy are rendered from it and `evidence`. */
    messageId: Id;
    at: Position;
    evidence: Args[Id];
    /** The norm this finding rests on: one of the rule's `meta.sources` titles; defaults to the first. */
    source?: string;
  };
}[keyof Args & string];

export interface Finding extends Position {
  rule: string;
  severity: Severity;
  /** The message in English (a report in another locale renders it again from `messageId` and `evidence`). */
  message: string;
  /**
   * Which of its rule's messages this is; an engine finding's is one of engine/messages.ts or
   * announcement/messages.ts, or its code (`syntax`, `internal-error`) where the message is worded where it is found.
   */
  messageId: string;
  evidence: Evidence;
  remedy: string | null;
  source: string | null;
  /**
   * The waiver's reason when a waiver covers this finding, else null; a config waiver also gives its identity,
   * its config file and index there (`.invitelint.yaml#0`).
   */
  waived: { reason: string; origin: 'inline' } | { reason: string; origin: 'config'; waiver: string } | null;
}

export interface CheckResult<Args extends MessageArgs = MessageArgs> {
  status: CheckStatus;
  findings: FindingDraft<Args>[];
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
  /**
   * Builds the schema of the rule's options, each described: what options given over the defaults must be. Called
   * only where options are given or described (a config, the config schema, a rule's page), so that a run with
   * none builds no schema. Each call builds a new one.
   */
  options: () => Options;
  /**
   * The options the rule runs with when no preset or configuration gives it any, one for each option of the schema
   * (tests/rules/defaults.test.ts checks each rule); options given are laid over them. A run with no options
   * validates nothing.
   */
  defaults: z.output<Options>;
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

export interface Rule<Options extends z.ZodObject = z.ZodObject, Args extends MessageArgs = MessageArgs> {
  meta: RuleMeta<Options>;
  /** Rule pages are Markdown, shipped beside the code and rendered by `explain`. */
  page: string;
  /** The English messages (rules/<id>/messages.ts). */
  messages: MessageCatalogue<Args>;
  /**
   * The rule in French and Spanish; every rule of the catalogue has them (tests/i18n/formats.test.ts). A rule
   * defined elsewhere may leave them out: its findings and page are then in English in every locale.
   */
  translations?: RuleTranslations<Args>;
  check(facts: Facts, options: z.infer<Options>, context: RuleContext): CheckResult<Args>;
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
