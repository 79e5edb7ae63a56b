// What formats that describe rules (SARIF, JUnit, GitHub, Markdown) say about each rule id a finding can carry:
// the catalogue's rules, plus the engine's own findings that no rule module produces.
import { describeRule, type RuleDescription } from '../engine/catalogue.js';
import type { LintReport, Rule } from '../engine/types.js';

/** A rule as the catalogue describes it, with its page; the engine's own findings are described alike. */
export interface RuleDescriptor extends RuleDescription {
  /** The rule's page (Markdown), where it has one. */
  page: string | null;
  /** True for the catalogue's rules, which each check a criterion; false for the engine's own findings. */
  isCriterion: boolean;
}

/** Findings the engine reports itself: they are no criterion, and no configuration can switch syntax or schema off. */
export const ENGINE_RULES: readonly RuleDescriptor[] = [
  {
    id: 'syntax',
    criterion: 'YAML syntax',
    description: 'The file must be valid YAML; a document that cannot be parsed cannot be checked.',
    severity: 'error',
    sources: [{ title: 'YAML 1.2', url: 'https://yaml.org/spec/1.2.2/' }],
    options: {},
    page: null,
    isCriterion: false,
  },
  {
    id: 'schema',
    criterion: 'Announcement format',
    description: 'Each document must follow the announcement format, version 1 (`invitelint schema` prints it).',
    severity: 'error',
    sources: [],
    options: {},
    page: null,
    isCriterion: false,
  },
  {
    id: 'invalid-waiver',
    criterion: 'Invalid waiver',
    description: 'A waiver must name rules that exist and can be waived, and give a reason; one that does not is not applied.',
    severity: 'error',
    sources: [],
    options: {},
    page: null,
    isCriterion: false,
  },
  {
    id: 'report-limit',
    criterion: 'Report limit',
    description:
      'A report lists at most 100 findings of one rule per announcement and draws at most 1,000 sessions, documents or invitee zones and 10,000 local times; what it leaves out is counted here. Every entry is still checked.',
    severity: 'warn',
    sources: [],
    options: {},
    page: null,
    isCriterion: false,
  },
  {
    id: 'invalid-options',
    criterion: 'Invalid options',
    description: 'The library was given options it cannot use (a date that is not a day, a limit that is not a whole number); nothing was checked.',
    severity: 'error',
    sources: [],
    options: {},
    page: null,
    isCriterion: false,
  },
  {
    id: 'internal-error',
    criterion: 'Internal error',
    description: 'A bug in invitelint stopped it checking or reporting this announcement; the other announcements are reported. Please report it.',
    severity: 'error',
    sources: [],
    options: {},
    page: null,
    isCriterion: false,
  },
  {
    id: 'unused-waiver',
    criterion: 'Unused waiver',
    description: 'A waiver that matches no finding, or has expired, is reported so that waivers do not outlive their reason.',
    severity: 'warn',
    sources: [],
    options: {},
    page: null,
    isCriterion: false,
  },
];

function fromRule(rule: Rule): RuleDescriptor {
  return { ...describeRule(rule), page: rule.page, isCriterion: true };
}

/**
 * Every rule in the catalogue in its order, then the engine's own, then any other rule id the report's
 * findings carry (described by its id alone), so that each finding has a descriptor.
 */
export function describeRules(rules: readonly Rule[], report?: LintReport): RuleDescriptor[] {
  const descriptors = rules.map(fromRule);
  const known = new Set(descriptors.map((descriptor) => descriptor.id));
  for (const descriptor of ENGINE_RULES) {
    if (!known.has(descriptor.id)) {
      descriptors.push(descriptor);
      known.add(descriptor.id);
    }
  }
  for (const result of report?.results ?? []) {
    for (const finding of result.findings) {
      if (known.has(finding.rule)) continue;
      known.add(finding.rule);
      descriptors.push({ id: finding.rule, criterion: finding.rule, description: finding.rule, severity: finding.severity, sources: [], options: {}, page: null, isCriterion: false });
    }
  }
  return descriptors;
}

/** The URL of a finding's norm, looked up by its title among the rule's sources. */
export function sourceUrl(descriptor: RuleDescriptor | undefined, sourceTitle: string | null): string | undefined {
  if (!descriptor || !sourceTitle) return undefined;
  return descriptor.sources.find((source) => source.title === sourceTitle)?.url;
}
