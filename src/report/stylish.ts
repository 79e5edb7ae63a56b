// The default terminal format: findings per file, then every criterion's status, then a summary.
import { Chalk, type ChalkInstance } from 'chalk';
import type { DocumentResult, Finding, Status } from '../engine/types.js';
import type { Formatter } from './formatter.js';
import { terminalSafe } from './sanitize.js';

const STATUS_LABELS: Record<Status, string> = {
  pass: 'pass',
  fail: 'fail',
  'not-stated': 'not stated',
  'not-applicable': 'n/a',
  waived: 'waived',
  off: 'off',
};

function statusMark(status: Status, paint: ChalkInstance): string {
  switch (status) {
    case 'pass':
      return paint.green('✔ pass');
    case 'fail':
      return paint.red('✖ fail');
    case 'not-stated':
      return paint.yellow('? not stated');
    case 'waived':
      return paint.cyan('~ waived');
    default:
      return paint.dim(`- ${STATUS_LABELS[status]}`);
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function findingLines(finding: Finding, paint: ChalkInstance, positionWidth: number): string[] {
  const position = `${finding.line}:${finding.column}`.padEnd(positionWidth);
  const severity = finding.waived
    ? paint.cyan('waived ')
    : finding.severity === 'error'
      ? paint.red('error  ')
      : paint.yellow('warning');
  const lines = [`  ${paint.dim(position)}  ${severity}  ${terminalSafe(finding.message)}  ${paint.dim(finding.rule)}`];
  const indent = ' '.repeat(positionWidth + 13);
  if (finding.remedy) lines.push(`${indent}${paint.green('→')} ${terminalSafe(finding.remedy)}`);
  if (finding.waived) lines.push(`${indent}${paint.cyan('waived:')} ${terminalSafe(finding.waived.reason)}`);
  return lines;
}

function documentBlock(result: DocumentResult, paint: ChalkInstance, manyDocuments: boolean): string[] {
  const lines: string[] = [];
  const heading = result.title ? terminalSafe(result.title) : '(untitled)';
  lines.push(manyDocuments ? `  ${paint.bold(`document ${result.document + 1}:`)} ${heading}` : `  ${paint.bold(heading)}`);
  const width = Math.max(0, ...result.findings.map((f) => `${f.line}:${f.column}`.length));
  for (const finding of result.findings) lines.push(...findingLines(finding, paint, width));
  if (result.criteria.length) {
    lines.push('');
    const nameWidth = Math.max(...result.criteria.map((c) => c.criterion.length));
    for (const criterion of result.criteria) {
      const mark = statusMark(criterion.status, paint);
      const padding = ' '.repeat(Math.max(0, 12 - (STATUS_LABELS[criterion.status].length + 2)));
      lines.push(`    ${mark}${padding}  ${criterion.criterion.padEnd(nameWidth)}  ${paint.dim(criterion.rule)}`);
    }
  }
  return lines;
}

const stylish: Formatter = (report, context) => {
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
      out.push(...documentBlock(result, paint, results.length > 1));
    });
    out.push('');
  }
  const { errors, warnings, waived, files, documents } = report.summary;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${waived ? `, ${waived} waived` : ''}`;
  const scope = `${plural(files, 'file')}, ${plural(documents, 'announcement')}${report.results.some((r) => r.findings.some((f) => f.message.includes('--as-of'))) ? `, as of ${report.asOf}` : ''}`;
  const mark = errors ? paint.red.bold('✖') : warnings ? paint.yellow.bold('⚠') : paint.green.bold('✔');
  out.push(`${mark} ${counts} (${scope})`);
  return `${out.join('\n')}\n`;
};

export default stylish;
