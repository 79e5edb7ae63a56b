// A report in another locale: every finding's message and remedy rendered again from its message id and evidence
// by its rule's translated messages, criteria and norms by their translated names. English reports are the
// engine's own, unchanged; JSON always is (its `message` is English, with `messageId` and the evidence beside it).
import { describeRule } from '../engine/catalogue.js';
import { renderDraft } from '../engine/lint.js';
import type { DocumentResult, Finding, LintReport, Rule, Source } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { engineCodeText, engineFindingText } from './engine-text.js';

/** What a rule says about itself in one locale. */
export interface RuleText {
  criterion: string;
  description: string;
  sources: Source[];
  page: string;
  /** Each option's meaning, by name (English: the option schema's description). */
  options: Record<string, string>;
}

function englishOptions(rule: Rule): Record<string, string> {
  return Object.fromEntries(Object.entries(describeRule(rule).options).map(([name, option]) => [name, option.description ?? '']));
}

/** A rule's names, norms, page and option meanings in `locale` (English when it has no translation into it). */
export function ruleText(rule: Rule, locale: Locale): RuleText {
  const translation = locale === 'en' ? undefined : rule.translations?.[locale];
  if (!translation) return { criterion: rule.meta.criterion, description: rule.meta.description, sources: rule.meta.sources, page: rule.page, options: englishOptions(rule) };
  return {
    criterion: translation.criterion,
    description: translation.description,
    sources: rule.meta.sources.map((source, i) => ({ ...source, title: translation.sources[i] ?? source.title })),
    page: translation.page,
    options: translation.options,
  };
}

/** Renders findings and names in one locale, for one report. */
export interface Localizer {
  locale: Locale;
  words: Words;
  /** A rule's or an engine code's criterion name. */
  criterion(ruleId: string): string;
  finding(finding: Finding): Finding;
}

export function localizer(rules: readonly Rule[], locale: Locale): Localizer {
  const words = wordsFor(locale);
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const texts = new Map<string, RuleText>();
  const textOf = (rule: Rule) => {
    let text = texts.get(rule.meta.id);
    if (!text) texts.set(rule.meta.id, (text = ruleText(rule, locale)));
    return text;
  };
  const criterion = (ruleId: string) => {
    const rule = byId.get(ruleId);
    return rule ? textOf(rule).criterion : (engineCodeText(ruleId, locale)?.criterion ?? ruleId);
  };
  return {
    locale,
    words,
    criterion,
    finding(finding) {
      if (locale === 'en') return finding;
      const rule = byId.get(finding.rule);
      if (!rule) {
        const text = engineFindingText(finding, words);
        return text ? { ...finding, message: text.message, remedy: text.remedy ?? finding.remedy } : finding;
      }
      const translation = rule.translations?.[locale];
      if (!translation || !(finding.messageId in translation.messages)) return finding;
      const { message, remedy } = renderDraft(rule, { messageId: finding.messageId, evidence: finding.evidence, at: finding }, words, criterion, translation.messages);
      const sourceIndex = rule.meta.sources.findIndex((source) => source.title === finding.source);
      const source = sourceIndex < 0 ? finding.source : (textOf(rule).sources[sourceIndex]?.title ?? finding.source);
      return { ...finding, message, remedy: remedy ?? null, source };
    },
  };
}

/** The report with its findings and criteria in `locale`; the English report itself when the locale is English. */
export function localizeReport(report: LintReport, rules: readonly Rule[], locale: Locale): LintReport {
  if (locale === 'en') return report;
  const local = localizer(rules, locale);
  const results = report.results.map(
    (result): DocumentResult => ({
      ...result,
      criteria: result.criteria.map((entry) => ({ ...entry, criterion: local.criterion(entry.rule) })),
      findings: result.findings.map((finding) => local.finding(finding)),
    }),
  );
  return { ...report, results };
}
