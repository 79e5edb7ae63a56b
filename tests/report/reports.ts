// Reports to feed the formatters: real fixtures linted through the library, combined as the CLI combines
// several inputs, and waivers applied by hand where a test needs a waived finding.
import { countFindings } from '../../src/engine/findings.js';
import { buildReport } from '../../src/engine/report.js';
import type { DocumentResult, Finding, LintReport } from '../../src/engine/types.js';
import { lintText, RULES, type ConfigInput } from '../../src/index.js';
import { loadFormatter, type FormatContext, type FormatName } from '../../src/report/format.js';
import { fixture, PASSING, WSIS_2005 } from '../helpers.js';

export const AS_OF = '2005-04-18';
export const CONTEXT: FormatContext = { color: false, rules: RULES };
export const HOSTILE = 'markup-and-commands-in-text.yaml';

export function lintFixture(name: string, options: { config?: ConfigInput; filePath?: string } = {}): DocumentResult[] {
  return lintText(fixture(name), { asOf: AS_OF, filePath: options.filePath ?? `fixtures/${name}`, ...(options.config && { config: options.config }) }).results;
}

/** Marks the findings `which` picks as waived, sets a criterion whose findings are all waived to `waived`, and recounts. */
export function waive(result: DocumentResult, which: (finding: Finding) => boolean, waived: NonNullable<Finding['waived']>): DocumentResult {
  const findings = result.findings.map((finding) => (which(finding) ? { ...finding, waived } : finding));
  const criteria = result.criteria.map((criterion) => {
    const own = findings.filter((finding) => finding.rule === criterion.rule);
    return own.length && own.every((finding) => finding.waived) ? { ...criterion, status: 'waived' as const } : criterion;
  });
  return { ...result, criteria, findings, ...countFindings(findings) };
}

/**
 * One report with every kind of outcome: failing at error and at warn severity, passing, off, waived
 * (from the config and inline, with a hostile reason), schema and syntax problems, several files and several
 * documents in one file.
 */
export function mixedReport(): LintReport {
  const waivedFromConfig = lintFixture(WSIS_2005, { filePath: 'notices/closed/waived-by-config.yaml' }).map((result) =>
    waive(result, () => true, { reason: 'Closed session under rule 61, see https://evil.example <b>x</b> | y\n::error::z', origin: 'config', waiver: '.invitelint.yaml#0' }),
  );
  const waivedInline = lintFixture(WSIS_2005, { filePath: 'notices/waived inline, 100%.yaml' }).map((result) =>
    waive(result, () => true, { reason: 'closed session by statute', origin: 'inline' }),
  );
  return buildReport(
    [
      ...lintFixture(WSIS_2005),
      ...lintFixture(PASSING),
      ...lintFixture(PASSING, { filePath: 'notices/notice-off.yaml', config: { rules: { 'notice-period': 'off' } } }),
      ...lintFixture(HOSTILE, { config: { rules: { 'notice-period': 'warn' } } }),
      ...waivedFromConfig,
      ...waivedInline,
    ],
    AS_OF,
  );
}

export async function render(format: FormatName, report: LintReport): Promise<string> {
  return (await loadFormatter(format))(report, CONTEXT);
}

export function allFindings(report: LintReport): Finding[] {
  return report.results.flatMap((result) => result.findings);
}
