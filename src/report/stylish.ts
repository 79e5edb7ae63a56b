// The default terminal format: findings per file, then every criterion's status, then a summary.
import { Chalk, type ChalkInstance } from 'chalk';
import type { DocumentResult, Finding, Status } from '../engine/types.js';
import type { Formatter } from './formatter.js';
import { localizeReport } from './localize.js';
import { configFilesNamed, hasDrafts, latestSend } from './notes.js';
import { terminalSafe } from './sanitize.js';
import { reportText, type ReportText } from './text.js';

function statusMark(status: Status, paint: ChalkInstance, t: ReportText): string {
  const word = t.status[status];
  switch (status) {
    case 'pass':
      return paint.green(`✔ ${word}`);
    case 'fail':
      return paint.red(`✖ ${word}`);
    case 'not-stated':
      return paint.yellow(`? ${word}`);
    case 'waived':
      return paint.cyan(`~ ${word}`);
    default:
      return paint.dim(`- ${word}`);
  }
}

/** The largest of `lengthOf` over `items` (0 for none), without spreading them into one call's arguments. */
function longest<T>(items: readonly T[], lengthOf: (item: T) => number): number {
  let most = 0;
  for (const item of items) most = Math.max(most, lengthOf(item));
  return most;
}

function findingLines(finding: Finding, paint: ChalkInstance, positionWidth: number, t: ReportText): string[] {
  const position = `${finding.line}:${finding.column}`.padEnd(positionWidth);
  // The severity column is as wide as the locale's longest word, so that messages line up.
  const width = Math.max(t.error.length, t.warning.length, t.waived.length);
  const severity = finding.waived
    ? paint.cyan(t.waived.padEnd(width))
    : finding.severity === 'error'
      ? paint.red(t.error.padEnd(width))
      : paint.yellow(t.warning.padEnd(width));
  const lines = [`  ${paint.dim(position)}  ${severity}  ${terminalSafe(finding.message)}  ${paint.dim(finding.rule)}`];
  const indent = ' '.repeat(positionWidth + 6 + width);
  if (finding.remedy) lines.push(`${indent}${paint.green('→')} ${terminalSafe(finding.remedy)}`);
  if (finding.waived) lines.push(`${indent}${paint.cyan(`${t.waived}:`)} ${terminalSafe(finding.waived.reason)}`);
  return lines;
}

function documentBlock(result: DocumentResult, paint: ChalkInstance, manyDocuments: boolean, t: ReportText): string[] {
  const lines: string[] = [];
  const heading = result.title ? terminalSafe(result.title) : t.untitled;
  lines.push(manyDocuments ? `  ${paint.bold(`${t.document(result.document + 1)}:`)} ${heading}` : `  ${paint.bold(heading)}`);
  const send = latestSend(result);
  if (send) lines.push(`  ${paint.green(`${t.draft}:`)} ${t.sendBy(send)}`);
  const width = longest(result.findings, (f) => `${f.line}:${f.column}`.length);
  for (const finding of result.findings) for (const line of findingLines(finding, paint, width, t)) lines.push(line);
  if (result.criteria.length) {
    lines.push('');
    const nameWidth = longest(result.criteria, (c) => c.criterion.length);
    // The status column is as wide as the locale's longest status (12 in English: `? not stated`).
    const statusWidth = Object.values(t.status).reduce((widest, word) => Math.max(widest, word.length + 2), 12);
    for (const criterion of result.criteria) {
      const mark = statusMark(criterion.status, paint, t);
      const padding = ' '.repeat(Math.max(0, statusWidth - (t.status[criterion.status].length + 2)));
      lines.push(`    ${mark}${padding}  ${criterion.criterion.padEnd(nameWidth)}  ${paint.dim(criterion.rule)}`);
    }
  }
  return lines;
}

const stylish: Formatter = (english, context) => {
  const t = reportText(context.locale);
  const report = localizeReport(english, context.rules, t.locale);
  const paint = new Chalk({ level: context.color ? 1 : 0 });
  const byFile = new Map<string, DocumentResult[]>();
  for (const result of report.results) {
    const list = byFile.get(result.file) ?? [];
    list.push(result);
    byFile.set(result.file, list);
  }
  const out: string[] = [];
  for (const [file, results] of byFile) {
    out.push(paint.underline(terminalSafe(file)));
    results.forEach((result, i) => {
      if (i > 0) out.push('');
      for (const line of documentBlock(result, paint, results.length > 1, t)) out.push(line);
    });
    out.push('');
  }
  const { named, more } = configFilesNamed(report);
  if (named.length) out.push(paint.dim(`${t.config}: ${t.configList(named.map(terminalSafe), more)}`));
  const { errors, warnings, waived, files, documents } = report.summary;
  const hidden = context.hiddenWarnings ? t.hiddenWarnings(context.hiddenWarnings) : '';
  const counts = `${t.errors(errors)}, ${hidden || t.warnings(warnings)}${waived ? `, ${t.waivedCount(waived)}` : ''}`;
  const scope = `${t.files(files)}, ${t.announcements(documents)}${hasDrafts(report) ? `, ${t.asOf(report.asOf)}` : ''}`;
  const mark = errors ? paint.red.bold('✖') : warnings ? paint.yellow.bold('⚠') : paint.green.bold('✔');
  out.push(`${mark} ${counts} (${scope})`);
  return `${out.join('\n')}\n`;
};

export default stylish;
