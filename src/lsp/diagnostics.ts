// An open document linted as the command lints the file (the config that applies to it, overrides, extends,
// inline and config waivers), and its findings as LSP diagnostics.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { PlainDate } from '../announcement/dates.js';
import { formatConfigProblem } from '../config/load.js';
import { ConfigLookup } from '../config/lookup.js';
import { packageRoot } from '../authoring/package-files.js';
import type { Linter } from '../engine/linter.js';
import type { DocumentResult, Finding } from '../engine/types.js';
import { settleConfigWaivers } from '../engine/waivers.js';
import type { Locale } from '../i18n/locale.js';
import { lintFileText } from '../lint-files.js';
import { localizer } from '../report/localize.js';
import { withoutControls } from '../report/sanitize.js';

/** What a diagnostic carries for the code actions: where its finding points. */
export interface DiagnosticData {
  /** The finding's field path, e.g. `support.travel_funding`. */
  path: string;
  /** The YAML document of the file it is in, from 0. */
  document: number;
}

export interface OpenDocumentLint {
  /** The results, config waivers settled over this file, as `invitelint --format json FILE` reports them. */
  results: DocumentResult[];
  /** When the config file that applies is invalid: its problems, each on its line (nothing was linted). */
  configProblems: string[];
  /** The config file that applies when it is outside the working folder, as the command names it; else null. */
  outsideWorkingFolder: string | null;
  /** The language of the findings: the `locale` of the config that applies, else English. */
  locale: Locale;
}

export interface LintSetup {
  linter: Linter;
  asOf: PlainDate;
  /** The folder the command would run in: file names and config-waiver globs are relative to it. */
  cwd: string;
  /** As the command's `--no-config-lookup` when false. */
  configLookup: boolean;
  /** As the command's `--no-inline-waivers` when false. */
  inlineWaivers: boolean;
}

/** The name the command's report gives `file` when run in `cwd`: relative to it when inside it. */
export function reportName(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Lints `text` as the file `file` (absolute; null for a document that is no file: linted as standard input is). */
export function lintOpenDocument(text: string, file: string | null, setup: LintSetup): OpenDocumentLint {
  const name = file === null ? '<stdin>' : reportName(file, setup.cwd);
  const lookup = new ConfigLookup({ cwd: setup.cwd, lookup: setup.configLookup, flags: {}, linter: setup.linter });
  const config = lookup.tryConfigFor(name);
  const outsideWorkingFolder = lookup.outsideWorkingFolder[0] ?? null;
  if (!config) return { results: [], configProblems: lookup.problems.map(formatConfigProblem), outsideWorkingFolder, locale: 'en' };
  const results = settleConfigWaivers(lintFileText(setup.linter, name, text, config, { asOf: setup.asOf, cwd: setup.cwd, inlineWaivers: setup.inlineWaivers }));
  const locale = config.locale ?? 'en';
  if (locale === 'en') return { results, configProblems: [], outsideWorkingFolder, locale };
  // The findings in the config's language, rendered again from their message ids and evidence.
  const local = localizer(setup.linter.rules, locale);
  return { results: results.map((result) => ({ ...result, findings: result.findings.map((finding) => local.finding(finding)) })), configProblems: [], outsideWorkingFolder, locale };
}

/** The file URI of a rule's page as the package ships it (rules/<id>/README.md, README.fr.md...), or null for a code without one. */
export function rulePageUri(ruleId: string, locale: Locale = 'en'): string | null {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return null;
  const page = path.join(packageRoot(), 'rules', ruleId, locale === 'en' ? 'README.md' : `README.${locale}.md`);
  return existsSync(page) ? pathToFileURL(page).href : null;
}

/** A 1-based line and column (UTF-16 units, as yaml and LSP both count) as an LSP position. */
function position(line: number, column: number): { line: number; character: number } {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

export function findingDiagnostic(finding: Finding, document: number, pages: (ruleId: string) => string | null): Diagnostic {
  const href = pages(finding.rule);
  const message = finding.remedy ? `${finding.message}\n→ ${finding.remedy}` : finding.message;
  const data: DiagnosticData = { path: finding.path, document };
  return {
    range: { start: position(finding.line, finding.column), end: position(finding.endLine, finding.endColumn) },
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.rule,
    ...(href && { codeDescription: { href } }),
    source: 'invitelint',
    // Editors show this as plain text: no control or bidirectional character from the document reorders it.
    message: withoutControls(message),
    data,
  };
}

/** The diagnostics of a lint: one per finding that no waiver covers, or one saying why nothing was linted. */
export function diagnosticsOf(lint: OpenDocumentLint, pages: (ruleId: string) => string | null): Diagnostic[] {
  if (lint.configProblems.length > 0) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        code: 'config',
        source: 'invitelint',
        message: withoutControls(`the config file that applies is invalid, so this file is not linted:\n${lint.configProblems.join('\n')}`),
      },
    ];
  }
  return lint.results.flatMap((result) =>
    result.findings.filter((finding) => finding.waived === null).map((finding) => findingDiagnostic(finding, result.document, pages)),
  );
}
