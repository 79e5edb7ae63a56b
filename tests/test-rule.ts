// testRule: a rule's tests as a table of inputs and what the rule says about each, as stylelint writes them.
//
// Each case names its input: a base document below (BASES.hybrid, BASES.hybridV2, BASES.online, BASES.inPerson) or a fixture
// file, plus a change written as YAML. The change is laid over the base field by field:
//   - a scalar or a list replaces the field (or adds it);
//   - a mapping changes the fields it names and keeps the others;
//   - `~` (null) deletes the field;
//   - a mapping with number keys changes items of a list by index (`groups: { 3: ~ }` drops the fourth group).
// The base keeps its layout, so a field the change does not add or delete keeps its line in the base.
// Every reject asserts each finding's message and exact position; every case asserts the rule's status.
// Tests never read the clock: `asOf` is given to every run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { createLinter, lintText, PRESETS, RULES, type Linter } from '../src/index.js';
import type { RuleEntry } from '../src/engine/config.js';
import type { CheckStatus, DocumentResult, Evidence, Finding, Rule, Status } from '../src/engine/types.js';
import { TRANSLATED_LOCALES } from '../src/i18n/locale.js';
import { localizer } from '../src/report/localize.js';
import { ROOT } from './helpers.js';
import { englishLeft } from './i18n/english.js';

/**
 * BASES.hybrid: a hybrid consultation that meets every criterion of format v1 (the passing fixture in format v1:
 * BASES.hybridV2 without the facts only v2 can state).
 * Geneva, 2026-03-16 13:00-16:00; issued 2026-01-12 (63 days before); invitees from Europe and Africa.
 */
const HYBRID = `# BASES.hybrid: a hybrid consultation that meets every criterion.
format_version: 1
title: Open consultation on the review of the internet governance mandate
convener:
  name: Chair of the Preparatory Committee
  within: Preparatory Committee
issued: 2026-01-12
meeting:
  start: 2026-03-16T13:00
  timezone: Europe/Zurich
  duration: 3h
  venue: { name: Palais des Nations, city: Geneva, country: CH }
  registration_deadline: 2026-03-02
remote:
  participation: speak
  channels: [ video-conference, remote-hubs ]
invitees:
  description: all accredited stakeholders
  expected: 30
  regions: [ europe, africa ]
  groups:
    - stakeholder: governments
      selection: convener
    - stakeholder: private-sector
      selection: self
    - stakeholder: civil-society
      selection: focal-point
      focal_point: Civil Society Bureau
    - stakeholder: technical-community
      selection: open
format:
  level: consult
  interaction: open-debate
  description: open debate on the draft review text
  outcome: chair's summary, published and submitted to the Preparatory Committee
agenda:
  - { item: Opening and presentation of the draft, minutes: 15, floor: false }
  - { item: Open debate, minutes: 135 }
  - { item: Responses and next steps, minutes: 30 }
framework:
  subject: review of the internet governance mandate
  mandated_process: Preparatory Committee
  convened_within_mandate: true
  mandate_reference: PrepCom decision 2025/4
  feeds_into: { name: "Preparatory Committee, third session", date: 2026-06-01 }
documents:
  - { title: Draft review text, published: 2026-02-16, url: https://example.org/draft.pdf }
languages:
  working: [ en, fr ]
  interpretation: [ es ]
  captioning: true
support:
  travel_funding: true
  visa_letters: true
labels: [ open and inclusive consultation ]
`;

/**
 * BASES.hybridV2: the same consultation in format v2 (the passing fixture, line for line), with the facts only v2
 * can state: registration closing 2026-03-02 and free of charge (`admission`), accommodation requests until
 * 2026-03-02 with a contact, an accessible venue, documents and platform, International Sign and captioning
 * (`accessibility`), a summary and a recording published by 2026-03-30, contributions acknowledged and a word on
 * how input is reflected (`records`).
 */
const HYBRID_V2 = `# BASES.hybridV2: a hybrid consultation in format v2 that meets every criterion.
format_version: 2
title: Open consultation on the review of the internet governance mandate
convener:
  name: Chair of the Preparatory Committee
  within: Preparatory Committee
issued: 2026-01-12
meeting:
  start: 2026-03-16T13:00
  timezone: Europe/Zurich
  duration: 3h
  venue: { name: Palais des Nations, city: Geneva, country: CH }
remote:
  participation: speak
  channels: [ video-conference, remote-hubs ]
admission:
  closes: 2026-03-02
  fee: 0
invitees:
  description: all accredited stakeholders
  expected: 30
  regions: [ europe, africa ]
  groups:
    - stakeholder: governments
      selection: convener
    - stakeholder: private-sector
      selection: self
    - stakeholder: civil-society
      selection: focal-point
      focal_point: Civil Society Bureau
    - stakeholder: technical-community
      selection: open
format:
  level: consult
  interaction: open-debate
  description: open debate on the draft review text
  outcome: chair's summary, published and submitted to the Preparatory Committee
agenda:
  - { item: Opening and presentation of the draft, minutes: 15, floor: false }
  - { item: Open debate, minutes: 135 }
  - { item: Responses and next steps, minutes: 30 }
framework:
  subject: review of the internet governance mandate
  mandated_process: Preparatory Committee
  convened_within_mandate: true
  mandate_reference: PrepCom decision 2025/4
  feeds_into: { name: "Preparatory Committee, third session", date: 2026-06-01 }
documents:
  - { title: Draft review text, published: 2026-02-16, url: https://example.org/draft.pdf }
languages:
  working: [ en, fr ]
  interpretation: [ es ]
accessibility:
  request_by: 2026-03-02
  request_contact: access@example.org
  venue_accessible: true
  sign_language: [ International Sign ]
  captioning: true
  documents_accessible: true
  remote_platform_accessible: true
records:
  summary: true
  recording: true
  published_by: 2026-03-30
  acknowledgement: true
  feedback: the chair's summary says how each proposal was taken into account, and why
support:
  travel_funding: true
  visa_letters: true
labels: [ open and inclusive consultation ]
`;

/**
 * BASES.online: the same consultation held online only (no venue), issued 2026-02-20 (24 days before),
 * its draft published 2026-03-02 (14 days before).
 */
const ONLINE = `# BASES.online: an online consultation that meets every criterion.
format_version: 1
title: Open consultation on the review of the internet governance mandate
convener:
  name: Chair of the Preparatory Committee
  within: Preparatory Committee
issued: 2026-02-20
meeting:
  start: 2026-03-16T13:00
  timezone: Europe/Zurich
  duration: 3h
  online: true
remote:
  participation: speak
  channels: [ video-conference ]
invitees:
  description: all accredited stakeholders
  expected: 30
  regions: [ europe, africa ]
  groups:
    - stakeholder: governments
      selection: convener
    - stakeholder: private-sector
      selection: self
    - stakeholder: civil-society
      selection: focal-point
      focal_point: Civil Society Bureau
    - stakeholder: technical-community
      selection: open
format:
  level: consult
  interaction: open-debate
  description: open debate on the draft review text
  outcome: chair's summary, published and submitted to the Preparatory Committee
agenda:
  - { item: Opening and presentation of the draft, minutes: 15, floor: false }
  - { item: Open debate, minutes: 135 }
  - { item: Responses and next steps, minutes: 30 }
framework:
  subject: review of the internet governance mandate
  mandated_process: Preparatory Committee
  convened_within_mandate: true
  mandate_reference: PrepCom decision 2025/4
  feeds_into: { name: "Preparatory Committee, third session", date: 2026-06-01 }
documents:
  - { title: Draft review text, published: 2026-03-02 }
languages:
  working: [ en, fr ]
  captioning: true
labels: [ open and inclusive consultation ]
`;

/**
 * BASES.inPerson: a briefing in Geneva that nobody can join remotely (so it fails remote-access), at level
 * inform, open to all, issued 2026-01-12 (63 days before 2026-03-16), with travel funding and visa letters for
 * invitees from Europe and Africa.
 */
const IN_PERSON = `# BASES.inPerson: an in-person briefing, nobody joins remotely.
format_version: 1
title: Briefing on the review of the internet governance mandate
convener:
  name: Chair of the Preparatory Committee
  within: Preparatory Committee
issued: 2026-01-12
meeting:
  start: 2026-03-16T13:00
  timezone: Europe/Zurich
  duration: 2h
  venue: { name: Palais des Nations, city: Geneva, country: CH }
remote:
  participation: none
invitees:
  description: all accredited stakeholders
  open: true
  regions: [ europe, africa ]
format:
  level: inform
  interaction: briefing
  outcome: the slides, published after the briefing
framework:
  subject: review of the internet governance mandate
  mandated_process: Preparatory Committee
  convened_within_mandate: true
documents:
  - { title: Draft review text, published: 2026-02-16 }
languages:
  working: [ en, fr ]
support:
  travel_funding: true
  visa_letters: true
`;

export const BASES = { hybrid: HYBRID, hybridV2: HYBRID_V2, online: ONLINE, inPerson: IN_PERSON } as const;
export type BaseName = keyof typeof BASES;

/** What a case lints: a base (default `hybrid`) or a fixture file, with an optional change laid over it. */
export interface Input {
  base?: BaseName;
  /** A file under fixtures/, instead of a base. */
  fixture?: string;
  /** The change, as YAML: the fields it replaces, adds (`field: value`) or deletes (`field: ~`). */
  yaml?: string;
  /** Top-level blocks, as YAML, each replacing the base's block whole (as a rule page's example reads). */
  blocks?: string;
}

interface CaseCommon extends Input {
  description: string;
  /** The rule's options for this case, over the test's `options`. */
  options?: Record<string, unknown>;
  /** Presets the configuration extends (default none: only this rule, at its recommended severity). */
  presets?: string[];
  /** Other rules' settings, for a rule that reads other rules' verdicts. */
  otherRules?: Record<string, RuleEntry>;
  /** The reference date for a draft, over the test's `asOf`. */
  asOf?: string;
}

export interface AcceptCase extends CaseCommon {
  /** Default `pass`. A rule that passes or does not apply reports nothing. */
  status?: Extract<CheckStatus, 'pass' | 'not-applicable'>;
}

export interface ExpectedFinding {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path?: string;
  remedy?: string | null;
  evidence?: Evidence;
  severity?: Finding['severity'];
  /** A part of the norm the finding cites. */
  source?: string;
}

export type RejectCase = CaseCommon & { status: Extract<CheckStatus, 'fail' | 'not-stated'> } & (
    | (ExpectedFinding & { findings?: undefined })
    | ({ findings: ExpectedFinding[] } & { [Key in keyof ExpectedFinding]?: undefined })
  );

export interface InvalidOptionsCase {
  description: string;
  options: Record<string, unknown>;
  /** The whole `invalid-options` message. */
  message: string;
}

export interface RuleTest {
  rule: Rule;
  /** What this table is about, when a rule has more than one. */
  title?: string;
  /** The reference date every case is linted with (a draft's notice counts from it). */
  asOf: string;
  options?: Record<string, unknown>;
  accept: AcceptCase[];
  reject: RejectCase[];
  invalidOptions?: InvalidOptionsCase[];
}

function isNumberKey(key: unknown): boolean {
  return typeof key === 'number' || (typeof key === 'string' && /^\d+$/.test(key));
}

/** Lays the change's node over the base at `at`, as the header of this file says. */
function overlay(doc: Document, at: (string | number)[], change: Node | null): void {
  const target = doc.getIn(at, true) as Node | undefined;
  if (change === null || (isScalar(change) && change.value === null)) {
    doc.deleteIn(at);
    return;
  }
  if (isMap(change) && (isMap(target) || isSeq(target))) {
    // Items of a list are deleted from the last, so that each index names an item of the base.
    const pairs = [...change.items].sort((a, b) => (isSeq(target) ? Number((b.key as Node & { value: unknown }).value) - Number((a.key as Node & { value: unknown }).value) : 0));
    for (const pair of pairs) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (isSeq(target) && !isNumberKey(key)) throw new Error(`the change names ${String(key)} in the list at ${at.join('.')}: use an index`);
      overlay(doc, [...at, isSeq(target) ? Number(key) : String(key)], (pair.value as Node | null) ?? null);
    }
    return;
  }
  doc.setIn(at, change);
}

function mappingOf(text: string): Node {
  const change = parseDocument(text);
  if (change.errors.length > 0) throw new Error(`the change is not YAML: ${change.errors[0]!.message}`);
  if (!isMap(change.contents)) throw new Error('the change must be a mapping of fields');
  return change.contents as Node;
}

/** The text a case lints: its base or fixture with its blocks and its change laid over it. */
export function inputText(input: Input): string {
  const base = input.fixture !== undefined ? readFileSync(path.join(ROOT, 'fixtures', input.fixture), 'utf8') : BASES[input.base ?? 'hybrid'];
  if (input.yaml === undefined && input.blocks === undefined) return base;
  const doc = parseDocument(base);
  if (input.blocks !== undefined) {
    for (const pair of (mappingOf(input.blocks) as Node & { items: { key: unknown; value: unknown }[] }).items) {
      doc.setIn([isScalar(pair.key) ? pair.key.value : pair.key], pair.value);
    }
  }
  if (input.yaml !== undefined) overlay(doc, [], mappingOf(input.yaml));
  return doc.toString({ lineWidth: 0 });
}

export interface RuleRun {
  result: DocumentResult;
  status: Status | undefined;
  findings: Finding[];
  text: string;
}

/**
 * A linter given only what a case needs: the rule, the rules it evaluates with these options (honest-labels) and
 * those the case sets, in catalogue order; the presets, each limited to those rules.
 */
function linterFor(rule: Rule, options: Record<string, unknown> | undefined, otherRules: Record<string, RuleEntry> | undefined): Linter {
  const parsed = rule.meta.options().safeParse({ ...rule.meta.defaults, ...options });
  // Options the rule refuses are reported by the engine; they evaluate nothing.
  const needed = new Set([rule.meta.id, ...Object.keys(otherRules ?? {}), ...(parsed.success ? (rule.meta.evaluates?.(parsed.data) ?? []) : [])]);
  const rules = RULES.some((known) => known === rule) ? RULES.filter((known) => needed.has(known.meta.id)) : [rule, ...RULES.filter((known) => needed.has(known.meta.id))];
  const presets = PRESETS.map((preset) => ({ ...preset, rules: Object.fromEntries(Object.entries(preset.rules).filter(([id]) => needed.has(id))) }));
  return createLinter({ rules, presets });
}

/**
 * Lints a case's input with a linter made for it (`linterFor`): the rule at its recommended severity, over the
 * presets the case names (none by default).
 */
export function lintRule(rule: Rule, input: CaseCommon | (Input & { asOf: string }), defaults: { asOf?: string; options?: Record<string, unknown> } = {}): RuleRun {
  const id = rule.meta.id;
  const text = inputText(input);
  const asOf = input.asOf ?? defaults.asOf;
  if (asOf === undefined) throw new Error('every rule test gives asOf');
  const options = 'options' in input && input.options !== undefined ? { ...defaults.options, ...input.options } : defaults.options;
  const presets = 'presets' in input ? input.presets : undefined;
  const otherRules = 'otherRules' in input ? input.otherRules : undefined;
  const entry: RuleEntry = options ? [rule.meta.severity, options] : rule.meta.severity;
  const linter = linterFor(rule, options, otherRules);
  const report = lintText(text, { asOf, linter, config: { extends: presets ?? [], rules: { ...otherRules, [id]: entry } } });
  const result = report.results[0]!;
  return {
    result,
    status: result.criteria.find((criterion) => criterion.rule === id)?.status,
    findings: result.findings.filter((finding) => finding.rule === id),
    text,
  };
}

/** The linted text with line numbers, so a failing case shows where its positions are. */
function numbered(text: string): string {
  return text
    .split('\n')
    .map((line, index) => `${String(index + 1).padStart(3)} | ${line}`)
    .join('\n');
}

function expectReadable(run: RuleRun): void {
  const problems = run.result.findings.filter((finding) => ['syntax', 'schema', 'invalid-options', 'internal-error'].includes(finding.rule));
  expect(problems.map((finding) => `${finding.rule}: ${finding.message}`), `the case's input is not a valid announcement:\n${numbered(run.text)}`).toEqual([]);
}

const FINDING_KEYS = ['message', 'line', 'column', 'endLine', 'endColumn', 'path', 'remedy', 'evidence', 'severity', 'source'] as const;

/** The finding a one-finding reject case describes, without the case's input fields. */
function expectedFinding(testCase: ExpectedFinding): ExpectedFinding {
  return Object.fromEntries(FINDING_KEYS.filter((key) => testCase[key] !== undefined).map((key) => [key, testCase[key]])) as unknown as ExpectedFinding;
}

function expectFinding(actual: Finding | undefined, expected: ExpectedFinding, text: string): void {
  const { source, ...exact } = expected;
  expect(actual, `a finding is missing:\n${numbered(text)}`).toBeDefined();
  expect(actual, numbered(text)).toMatchObject(exact);
  if (source !== undefined) expect(actual!.source).toContain(source);
}

/**
 * Every finding of a reject case reads in French and Spanish: rendered from its message id and evidence by the
 * rule's translated messages, with no English word left outside code, quotations and URLs (tests/i18n/english.ts).
 */
function expectTranslated(rule: Rule, run: RuleRun): void {
  expect(rule.translations, `${rule.meta.id} has French and Spanish messages`).toBeDefined();
  if (!rule.translations) return;
  for (const locale of TRANSLATED_LOCALES) {
    const local = localizer([rule], locale);
    for (const finding of run.findings) {
      expect(Object.keys(rule.translations[locale].messages), `${locale} has message ${finding.messageId}`).toContain(finding.messageId);
      const shown = local.finding(finding);
      for (const text of [shown.message, shown.remedy ?? '']) {
        expect(englishLeft(text), `${locale}: ${text}`).toEqual([]);
      }
      if (finding.remedy) expect(shown.remedy, `${locale}: a remedy for ${finding.messageId}`).toBeTruthy();
    }
  }
}

export function testRule(test: RuleTest): void {
  const { rule } = test;
  const defaults = { asOf: test.asOf, ...(test.options && { options: test.options }) };
  describe(test.title ? `${rule.meta.id}: ${test.title}` : rule.meta.id, () => {
    if (test.accept.length > 0) {
      it.each(test.accept.map((testCase) => [testCase.description, testCase] as const))('accepts %s', (_description, testCase) => {
        const run = lintRule(rule, testCase, defaults);
        expectReadable(run);
        expect(run.status, numbered(run.text)).toBe(testCase.status ?? 'pass');
        expect(run.findings, numbered(run.text)).toEqual([]);
      });
    }
    if (test.reject.length > 0) {
      it.each(test.reject.map((testCase) => [testCase.description, testCase] as const))('rejects %s', (_description, testCase) => {
        const run = lintRule(rule, testCase, defaults);
        expectReadable(run);
        expect(run.status, numbered(run.text)).toBe(testCase.status);
        const expected: ExpectedFinding[] = testCase.findings ?? [expectedFinding(testCase as ExpectedFinding)];
        expect(run.findings.map((finding) => finding.message), numbered(run.text)).toEqual(expected.map((finding) => finding.message));
        expected.forEach((finding, index) => expectFinding(run.findings[index], finding, run.text));
        expectTranslated(rule, run);
      });
    }
    if (test.invalidOptions && test.invalidOptions.length > 0) {
      it.each(test.invalidOptions.map((testCase) => [testCase.description, testCase] as const))('refuses the options: %s', (_description, testCase) => {
        const run = lintRule(rule, { asOf: test.asOf, options: testCase.options, description: testCase.description }, defaults);
        const invalid = run.result.findings.filter((finding) => finding.rule === 'invalid-options');
        expect(invalid.map((finding) => finding.message)).toEqual([testCase.message]);
      });
    }
  });
}
