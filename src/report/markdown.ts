// A report to publish (GitHub-flavoured Markdown): per announcement its title, a scorecard of every
// criterion, then the findings with their remedies and norms. Everything that comes from an announcement
// (titles, file names, messages that quote it) is escaped so that it renders as the text it is: no markup,
// no HTML, no links, no mentions.
import type { DocumentResult, Finding, LintReport, Status } from '../engine/types.js';
import { describeRules, sourceUrl, type RuleDescriptor } from './descriptors.js';
import type { Formatter } from './formatter.js';
import { withoutControls } from './sanitize.js';
import { STATUS_LABELS } from './status-labels.js';

/**
 * Untrusted text as one line of literal Markdown. Backslash escapes for the characters that start inline
 * markup (emphasis, code, links and images, strikethrough, math, table cells, mentions, issue references),
 * entities for HTML, and broken-up `://` and `www.` so that no autolink is made. Characters that only mean
 * something at the start of a line (`-`, `+`, `1.`) or after a `]` (`(`) are left alone: this text never
 * starts a line, and every `]` is escaped.
 */
export function escapeMarkdown(text: string): string {
  return withoutControls(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]#|~$@]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/:\/\//g, '\\://')
    .replace(/(w{3})\./gi, '$1\\.');
}

/** A link to one of our own norms: the URL comes from the rule catalogue, not from an announcement. */
function link(text: string, url: string | undefined): string {
  if (!url) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${encodeURI(url).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function summaryLine(report: LintReport): string {
  const { files, documents, errors, warnings, waived } = report.summary;
  return (
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${waived} waived in ${plural(documents, 'announcement')} ` +
    `(${plural(files, 'file')}), checked with ${report.tool.name} ${report.tool.version}. ` +
    `Drafts without an \`issued\` date are taken to be sent on ${report.asOf}.`
  );
}

/** Untrusted text as an inline code span: a fence longer than any run of backticks inside it. */
function codeSpan(text: string): string {
  const flat = withoutControls(text).replace(/\s*\n\s*/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const padding = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${flat}${padding}${fence}`;
}

function findingItem(finding: Finding, descriptor: RuleDescriptor | undefined): string[] {
  const severity = finding.waived ? 'waived' : finding.severity === 'error' ? 'error' : 'warning';
  const criterion = descriptor?.criterion ?? finding.rule;
  const where = `line ${finding.line}, column ${finding.column}${finding.path ? ` (${codeSpan(finding.path)})` : ''}`;
  const lines = [`- **${severity}** · ${escapeMarkdown(criterion)} (\`${finding.rule}\`) · ${where}: ${escapeMarkdown(finding.message)}`];
  if (finding.remedy) lines.push(`  - Remedy: ${escapeMarkdown(finding.remedy)}`);
  if (finding.source) lines.push(`  - Norm: ${link(finding.source, sourceUrl(descriptor, finding.source))}`);
  if (finding.waived) lines.push(`  - Waived: ${escapeMarkdown(finding.waived.reason)}`);
  return lines;
}

function documentSection(result: DocumentResult, descriptors: Map<string, RuleDescriptor>, manyInFile: boolean): string[] {
  const title = result.title?.trim() ? escapeMarkdown(result.title) : '(untitled)';
  const origin = `${escapeMarkdown(result.file)}${manyInFile ? `, document ${result.document + 1}` : ''}`;
  const lines = [`## ${title}`, '', `${origin}: ${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}, ${result.waivedCount} waived.`, ''];
  if (result.criteria.length) {
    lines.push('| Criterion | Status | Severity | Rule |', '| --- | --- | --- | --- |');
    for (const criterion of result.criteria) {
      lines.push(`| ${escapeMarkdown(criterion.criterion)} | ${STATUS_LABELS[criterion.status]} | ${criterion.severity} | \`${criterion.rule}\` |`);
    }
  } else {
    lines.push('No criterion was checked: the document could not be read as an announcement (see the findings).');
  }
  if (result.findings.length) {
    lines.push('', '### Findings', '');
    for (const finding of result.findings) lines.push(...findingItem(finding, descriptors.get(finding.rule)));
  }
  lines.push('');
  return lines;
}

const markdown: Formatter = (report, context) => {
  const descriptors = new Map(describeRules(context.rules, report).map((descriptor) => [descriptor.id, descriptor]));
  const documentsPerFile = new Map<string, number>();
  for (const result of report.results) documentsPerFile.set(result.file, (documentsPerFile.get(result.file) ?? 0) + 1);
  const lines = ['# invitelint report', '', summaryLine(report), ''];
  for (const result of report.results) lines.push(...documentSection(result, descriptors, documentsPerFile.get(result.file)! > 1));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
};

export default markdown;
