// What formats that describe rules (SARIF, JUnit, GitHub, Markdown) say about each rule id a finding can carry:
// the catalogue's rules, plus the engine's own findings that no rule module produces.
import { describeRule, type RuleDescription } from '../engine/catalogue.js';
import { ENGINE_CODE_IDS, ENGINE_CODES, isEngineCode, type EngineCode } from '../engine/codes.js';
import type { LintReport, Rule } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';
import { engineCodeText } from './engine-text.js';
import { ruleText } from './localize.js';

/** A rule as the catalogue describes it, with its page; the engine's own findings are described alike. */
export interface RuleDescriptor extends RuleDescription {
  /** The rule's page (Markdown), where it has one. */
  page: string | null;
  /** True for the catalogue's rules, which each check a criterion; false for the engine's own findings. */
  isCriterion: boolean;
  /** The criterion's English name (`criterion` is in the report's locale): SARIF's rule name is made from it. */
  englishCriterion: string;
}

/** The engine's own codes as descriptors (engine/codes.ts): no criterion, and never switched off or configured. */
function fromEngineCode(id: EngineCode, locale: Locale = 'en'): RuleDescriptor {
  const { criterion, description, severity, sources } = ENGINE_CODES[id];
  const text = engineCodeText(id, locale);
  return { id, criterion: text?.criterion ?? criterion, description: text?.description ?? description, severity, sources: [...sources], options: {}, page: null, isCriterion: false, englishCriterion: criterion };
}

/** The engine's codes that reports list always, as they list the rules. */
const ALWAYS_LISTED = ENGINE_CODE_IDS.filter((id) => ENGINE_CODES[id].listed === 'always');
export const ENGINE_RULES: readonly RuleDescriptor[] = ALWAYS_LISTED.map((id) => fromEngineCode(id));

function fromRule(rule: Rule, locale: Locale): RuleDescriptor {
  const description = describeRule(rule);
  if (locale === 'en') return { ...description, page: rule.page, isCriterion: true, englishCriterion: description.criterion };
  const text = ruleText(rule, locale);
  const options = Object.fromEntries(Object.entries(description.options).map(([name, option]) => [name, { ...option, description: text.options[name] ?? option.description }]));
  return { ...description, criterion: text.criterion, description: text.description, sources: text.sources, options, page: text.page, isCriterion: true, englishCriterion: description.criterion };
}

/**
 * Every rule in the catalogue in its order, then the engine's own, then any other rule id the report's
 * findings carry (described by its id alone), so that each finding has a descriptor.
 */
export function describeRules(rules: readonly Rule[], report?: LintReport, locale: Locale = 'en'): RuleDescriptor[] {
  const descriptors = rules.map((rule) => fromRule(rule, locale));
  const known = new Set(descriptors.map((descriptor) => descriptor.id));
  for (const descriptor of locale === 'en' ? ENGINE_RULES : ALWAYS_LISTED.map((id) => fromEngineCode(id, locale))) {
    if (!known.has(descriptor.id)) {
      descriptors.push(descriptor);
      known.add(descriptor.id);
    }
  }
  for (const result of report?.results ?? []) {
    for (const finding of result.findings) {
      if (known.has(finding.rule)) continue;
      known.add(finding.rule);
      if (isEngineCode(finding.rule)) {
        descriptors.push(fromEngineCode(finding.rule, locale));
        continue;
      }
      descriptors.push({ id: finding.rule, criterion: finding.rule, description: finding.rule, severity: finding.severity, sources: [], options: {}, page: null, isCriterion: false, englishCriterion: finding.rule });
    }
  }
  return descriptors;
}

/** The URL of a finding's norm, looked up by its title among the rule's sources. */
export function sourceUrl(descriptor: RuleDescriptor | undefined, sourceTitle: string | null): string | undefined {
  if (!descriptor || !sourceTitle) return undefined;
  return descriptor.sources.find((source) => source.title === sourceTitle)?.url;
}
