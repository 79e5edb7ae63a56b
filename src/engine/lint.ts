// Running the rules on one document: derived facts -> each rule's check -> findings, criteria and waivers. The
// rules come from the linter that calls this (linter.ts); this module knows none of them.
import type { PlainDate, ZoneClock } from '../announcement/dates.js';
import { deriveFacts, documentFactsOf, type Facts } from '../announcement/facts.js';
import type { LoadedDocument, LoadLimits } from '../announcement/load.js';
import type { ResolvedConfig } from './config.js';
import type { Words } from '../i18n/words.js';
import type { CheckResult, CheckStatus, CriterionNames, CriterionResult, DocumentResult, Finding, FindingDraft, Rendered, Rule, RuleContext } from './types.js';
import { byPosition, countFindings } from './findings.js';
import { limitFacts, limitFindingsPerRule } from './limits.js';
import { applyWaivers, type WaiverContext } from './waivers.js';

export interface LintTextOptions {
  /** The file name reported in results (and matched by waiver globs). */
  filePath?: string;
  config?: ResolvedConfig;
  /** The date a draft (no `issued`) is taken to be sent: YYYY-MM-DD. */
  asOf: PlainDate;
  /** Honour `# invitelint-disable` comments in the announcement (default true). */
  inlineWaivers?: boolean;
  /** Resource limits for hostile input; any left out take their defaults. */
  limits?: Partial<LoadLimits>;
  /**
   * The folder `filePath` is relative to, and that config files are named against in messages and waiver
   * identities (the caller's working folder: the engine never reads the process's).
   */
  cwd: string;
}

/** What running the rules needs of a linter: its rules in order, and each rule's default options. */
export interface RuleRunner {
  readonly rules: readonly Rule[];
  readonly ruleIds: readonly string[];
  findRule(id: string): Rule | undefined;
  /** The options a rule runs with when it is off but another rule asks for its verdict. */
  defaultOptions(id: string): Record<string, unknown>;
  /** Zone offsets, with the caches of the linter that runs the rules. */
  readonly clock: ZoneClock;
  /** The English words findings' messages are rendered with (the JSON report's language). */
  readonly words: Words;
}

/** A finding's message and remedy, rendered from its message id and evidence by `messages` (a rule's, in one locale). */
export function renderDraft(rule: Rule, draft: FindingDraft, words: Words, criterionOf: CriterionNames, messages = rule.messages): Rendered {
  const render = messages[draft.messageId];
  if (!render) throw new Error(`rule ${rule.meta.id} has no message ${draft.messageId}`);
  return render(draft.evidence, words, criterionOf);
}

export function checkRules(runner: RuleRunner, facts: Facts, config: ResolvedConfig): Map<string, CheckResult> {
  const results = new Map<string, CheckResult>();
  const running = new Set<string>();
  const run = (rule: Rule, options: Record<string, unknown>): CheckResult => {
    const id = rule.meta.id;
    if (running.has(id)) throw new Error(`rule ${id} depends on itself`);
    running.add(id);
    try {
      return rule.check(facts, options, contextFor(rule, options));
    } finally {
      running.delete(id);
    }
  };
  const resultOf = (id: string): CheckResult => {
    const rule = runner.findRule(id);
    if (!rule) throw new Error(`unknown rule ${id}`);
    const configured = config.rules[id];
    if (configured && configured.severity !== 'off') {
      let result = results.get(id);
      if (!result) {
        result = run(rule, configured.options);
        results.set(id, result);
      }
      return result;
    }
    return run(rule, runner.defaultOptions(id));
  };
  const contextFor = (rule: Rule, options: Record<string, unknown>): RuleContext => {
    const evaluated = new Set(rule.meta.evaluates?.(options) ?? []);
    return {
      ruleIds: runner.ruleIds,
      statusOf(id: string): CheckStatus {
        if (!evaluated.has(id)) throw new Error(`rule ${rule.meta.id} asked about ${id}, which its metadata does not declare in \`evaluates\``);
        return resultOf(id).status;
      },
      missingOf(id: string): readonly string[] {
        if (!evaluated.has(id)) throw new Error(`rule ${rule.meta.id} asked about ${id}, which its metadata does not declare in \`evaluates\``);
        const result = resultOf(id);
        return result.status === 'not-stated' ? [...new Set(result.findings.map((finding) => finding.at.path).filter((path) => path !== ''))] : [];
      },
      criterionOf: (id: string) => runner.findRule(id)?.meta.criterion ?? id,
    };
  };
  for (const rule of runner.rules) {
    const id = rule.meta.id;
    const configured = config.rules[id];
    if (!configured || configured.severity === 'off' || results.has(id)) continue;
    results.set(id, run(rule, configured.options));
  }
  return results;
}

function problemFinding(problem: LoadedDocument['problems'][number]): Finding {
  return {
    rule: problem.rule,
    severity: 'error',
    message: problem.message,
    messageId: problem.messageId ?? problem.rule,
    ...problem.at,
    evidence: problem.evidence ?? {},
    remedy: null,
    source: null,
    waived: null,
  };
}

export function lintDocument(runner: RuleRunner, loaded: LoadedDocument, options: LintTextOptions, config: ResolvedConfig, source?: string): DocumentResult {
  const file = options.filePath ?? '<text>';
  const base = { file, document: loaded.index, title: loaded.title };
  if (!loaded.announcement) {
    // The loader lists at most 200 problems a document and counts the rest itself.
    const findings = loaded.problems.map(problemFinding).sort(byPosition);
    return { ...base, criteria: [], findings, ...countFindings(findings) };
  }
  const facts = deriveFacts(loaded.announcement, { asOf: options.asOf, locate: loaded.locate, clock: runner.clock });
  const checked = checkRules(runner, facts, config);
  const englishCriterion = (ruleId: string) => runner.findRule(ruleId)?.meta.criterion ?? ruleId;
  let findings: Finding[] = [];
  const criteria: CriterionResult[] = [];
  for (const rule of runner.rules) {
    const id = rule.meta.id;
    const { severity } = config.rules[id]!;
    const result = checked.get(id);
    criteria.push({
      rule: id,
      criterion: rule.meta.criterion,
      status: result?.status ?? 'off',
      severity,
      ...(result?.evidence && severity !== 'off' && { evidence: result.evidence }),
    });
    if (!result || severity === 'off') continue;
    for (const draft of result.findings) {
      const { message, remedy } = renderDraft(rule, draft, runner.words, englishCriterion);
      findings.push({
        rule: id,
        severity,
        message,
        messageId: draft.messageId,
        ...draft.at,
        evidence: draft.evidence,
        remedy: remedy ?? null,
        source: draft.source ?? rule.meta.sources[0]?.title ?? null,
        waived: null,
      });
    }
  }
  const waiverContext: WaiverContext = {
    file,
    asOf: options.asOf,
    config,
    ruleIds: runner.ruleIds,
    cwd: options.cwd,
    yaml: options.inlineWaivers === false ? null : loaded.yaml,
    locate: loaded.locate,
    ...(source !== undefined && { source }),
  };
  findings = applyWaivers(findings, criteria, waiverContext);
  // What the report holds is bounded (limits.ts): each rule's first findings, the facts' first entries.
  const drawn = limitFacts(documentFactsOf(facts), loaded.locate);
  for (const finding of drawn.findings) findings.push(finding);
  findings.sort(byPosition);
  findings = limitFindingsPerRule(findings).sort(byPosition);
  return { ...base, criteria, findings, ...countFindings(findings), facts: drawn.facts };
}
