// Running the rules: loaded documents -> derived facts -> rule results -> one result per document.
import { RULES, findRule } from '../../rules/index.js';
import { ZoneClock, type PlainDate } from '../announcement/dates.js';
import { deriveFacts, documentFactsOf, type Facts } from '../announcement/facts.js';
import { loadAnnouncements, type AnnouncementSource, type LoadedDocument, type LoadLimits, DEFAULT_LOAD_LIMITS } from '../announcement/load.js';
import { defaultOptions, resolveConfig, type ResolvedConfig } from './config.js';
import type { CheckResult, CheckStatus, CriterionResult, DocumentResult, Finding, RuleContext } from './types.js';
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
}

export function checkRules(facts: Facts, config: ResolvedConfig): Map<string, CheckResult> {
  const results = new Map<string, CheckResult>();
  const running = new Set<string>();
  const run = (id: string, options: Record<string, unknown>): CheckResult => {
    const rule = findRule(id);
    if (!rule) throw new Error(`unknown rule ${id}`);
    if (running.has(id)) throw new Error(`rule ${id} depends on itself`);
    running.add(id);
    try {
      return rule.check(facts, options, context);
    } finally {
      running.delete(id);
    }
  };
  const context: RuleContext = {
    statusOf(id: string): CheckStatus {
      const configured = config.rules[id];
      if (configured && configured.severity !== 'off') {
        let result = results.get(id);
        if (!result) {
          result = run(id, configured.options);
          results.set(id, result);
        }
        return result.status;
      }
      return run(id, defaultOptions(id)).status;
    },
  };
  for (const rule of RULES) {
    const id = rule.meta.id;
    const configured = config.rules[id];
    if (!configured || configured.severity === 'off' || results.has(id)) continue;
    results.set(id, run(id, configured.options));
  }
  return results;
}

function problemFinding(problem: LoadedDocument['problems'][number]): Finding {
  return {
    rule: problem.rule,
    severity: 'error',
    message: problem.message,
    ...problem.at,
    evidence: {},
    remedy: null,
    source: null,
    waived: null,
  };
}

/**
 * Findings in file order, then by rule id. Ids are lowercase ASCII words and hyphens, which code-unit order sorts as
 * localeCompare does (tests/engine/order.test.ts); localeCompare's first use loads ICU's collator, ~10 ms of a one-file run.
 */
export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function countFindings(findings: readonly Finding[]) {
  let errorCount = 0;
  let warningCount = 0;
  let waivedCount = 0;
  for (const finding of findings) {
    if (finding.waived) waivedCount++;
    else if (finding.severity === 'error') errorCount++;
    else warningCount++;
  }
  return { errorCount, warningCount, waivedCount };
}

export function lintDocument(loaded: LoadedDocument, options: LintTextOptions, config: ResolvedConfig, clock: ZoneClock, source?: string): DocumentResult {
  const file = options.filePath ?? '<text>';
  const base = { file, document: loaded.index, title: loaded.title };
  if (!loaded.announcement) {
    const findings = loaded.problems.map(problemFinding).sort(byPosition);
    return { ...base, criteria: [], findings, ...countFindings(findings) };
  }
  const facts = deriveFacts(loaded.announcement, { asOf: options.asOf, locate: loaded.locate, clock });
  const checked = checkRules(facts, config);
  let findings: Finding[] = [];
  const criteria: CriterionResult[] = [];
  for (const rule of RULES) {
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
      findings.push({
        rule: id,
        severity,
        message: draft.message,
        ...draft.at,
        evidence: draft.evidence,
        remedy: draft.remedy ?? null,
        source: draft.source ?? rule.meta.sources[0]?.title ?? null,
        waived: null,
      });
    }
  }
  const waiverContext: WaiverContext = {
    file,
    asOf: options.asOf,
    config,
    yaml: options.inlineWaivers === false ? null : loaded.yaml,
    locate: loaded.locate,
    ...(source !== undefined && { source }),
  };
  findings = applyWaivers(findings, criteria, waiverContext);
  findings.sort(byPosition);
  return { ...base, criteria, findings, ...countFindings(findings), facts: documentFactsOf(facts) };
}

/** The rule id of a finding that reports a bug in invitelint itself (the CLI exits 2 on it). */
export const INTERNAL_ERROR = 'internal-error';

/** An error about a document as a whole (it could not be checked at all), placed at its start. */
export function documentError(rule: string, message: string): Finding {
  return { rule, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, path: '', evidence: {}, remedy: null, source: null, waived: null };
}

/** A result with no criteria: the document could not be checked, and `findings` (errors) say why. */
export function uncheckedResult(file: string, document: number, title: string | null, findings: Finding[]): DocumentResult {
  return { file, document, title, criteria: [], findings, errorCount: findings.length, warningCount: 0, waivedCount: 0 };
}

/** A bug met while checking one document becomes that document's only finding: the other documents and files go on. */
function internalErrorResult(file: string, document: number, title: string | null, error: unknown): DocumentResult {
  const cause = error instanceof Error ? error.message : String(error);
  const message = `internal error while checking this announcement (${cause}); this is a bug in invitelint, please report it`;
  return uncheckedResult(file, document, title, [documentError(INTERNAL_ERROR, message)]);
}

/** One line per internal error in `results`, naming the file (for the CLI's standard error and exit 2). */
export function internalErrors(results: readonly DocumentResult[]): string[] {
  return results.flatMap((result) =>
    result.findings.filter((finding) => finding.rule === INTERNAL_ERROR).map((finding) => `${result.file}: ${finding.message}`),
  );
}

/** Lints every document of one file's text (or bytes). Pure: no file access, no clock. Never throws. */
export function lintDocuments(source: AnnouncementSource, options: LintTextOptions): DocumentResult[] {
  const file = options.filePath ?? '<text>';
  let loaded: LoadedDocument[];
  let config: ResolvedConfig;
  try {
    config = options.config ?? resolveConfig();
    loaded = loadAnnouncements(source, { ...DEFAULT_LOAD_LIMITS, ...options.limits });
  } catch (error) {
    return [internalErrorResult(file, 0, null, error)];
  }
  const clock = new ZoneClock();
  return loaded.map((document) => {
    try {
      return lintDocument(document, options, config, clock, document.source);
    } catch (error) {
      return internalErrorResult(file, document.index, document.title, error);
    }
  });
}
