// A report to publish (GitHub-flavoured Markdown): per announcement its title, a scorecard of every
// criterion, then the findings with their remedies and norms. Everything that comes from an announcement
// (titles, file names, messages that quote it) is escaped so that it renders as the text it is: no markup,
// no HTML, no links, no mentions.
import type { DocumentResult, Finding, LintReport, Status } from '../engine/types.js';
import { describeRules, sourceUrl, type RuleDescriptor } from './descriptors.js';
import type { FormatContext, Formatter } from './formatter.js';
import { localizeReport } from './localize.js';
import { configFilesNamed, hasDrafts, latestSend } from './notes.js';
import { withoutControls } from './sanitize.js';
import { reportText, type ReportText } from './text.js';

/** The Markdown report's own words, beside the shared ones (text.ts). */
const MARKDOWN_TEXT = {
  en: { title: 'invitelint report', columns: '| Criterion | Status | Severity | Rule |', findings: 'Findings', waived: 'Waived' },
  fr: { title: 'Rapport invitelint', columns: '| Critère | Statut | Gravité | Règle |', findings: 'Constats', waived: 'Dérogation' },
  es: { title: 'Informe de invitelint', columns: '| Criterio | Estado | Gravedad | Regla |', findings: 'Observaciones', waived: 'Exención' },
} as const;

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

function summaryLine(report: LintReport, context: FormatContext, t: ReportText): string {
  const { files, documents, errors, warnings, waived } = report.summary;
  const { named, more } = configFilesNamed(report);
  const hidden = context.hiddenWarnings ? t.hiddenWarnings(context.hiddenWarnings) : '';
  return t.summary({
    errors,
    warnings: hidden || t.warnings(warnings),
    waived,
    documents,
    files,
    tool: `${report.tool.name} ${report.tool.version}`,
    configFiles: named.length ? t.configList(named.map(codeSpan), more) : null,
    asOf: hasDrafts(report) ? report.asOf : null,
  });
}

/** Untrusted text as an inline code span: a fence longer than any run of backticks inside it. */
function codeSpan(text: string): string {
  const flat = withoutControls(text).replace(/\s*\n\s*/g, ' ');
  let longestRun = 0;
  for (const run of flat.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
  const fence = '`'.repeat(longestRun + 1);
  const padding = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${flat}${padding}${fence}`;
}

/** Our message or remedy: its `code` parts as code spans, the rest (which may quote the announcement) escaped. */
function prose(text: string): string {
  return text
    .split(/`([^`]+)`/)
    .map((part, index) => (index % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)))
    .join('');
}

function findingItem(finding: Finding, descriptor: RuleDescriptor | undefined, t: ReportText): string[] {
  const severity = finding.waived ? t.waived : finding.severity === 'error' ? t.error : t.warning;
  const criterion = descriptor?.criterion ?? finding.rule;
  const where = `${t.where(finding.line, finding.column)}${finding.path ? ` (${codeSpan(finding.path)})` : ''}`;
  const lines = [`- **${severity}** · ${escapeMarkdown(criterion)} (\`${finding.rule}\`) · ${where}${t.locale === 'fr' ? ' :' : ':'} ${prose(finding.message)}`];
  if (finding.remedy) lines.push(`  - ${t.remedy}${t.locale === 'fr' ? ' :' : ':'} ${prose(finding.remedy)}`);
  if (finding.source) lines.push(`  - ${t.norm}${t.locale === 'fr' ? ' :' : ':'} ${link(finding.source, sourceUrl(descriptor, finding.source))}`);
  if (finding.waived) lines.push(`  - ${MARKDOWN_TEXT[t.locale].waived}${t.locale === 'fr' ? ' :' : ':'} ${escapeMarkdown(finding.waived.reason)}`);
  return lines;
}

function documentSection(result: DocumentResult, descriptors: Map<string, RuleDescriptor>, manyInFile: boolean, t: ReportText): string[] {
  const title = result.title?.trim() ? escapeMarkdown(result.title) : t.untitled;
  const origin = `${escapeMarkdown(result.file)}${manyInFile ? `, ${t.document(result.document + 1)}` : ''}`;
  const lines = [`## ${title}`, '', t.origin(origin, result.errorCount, result.warningCount, result.waivedCount), ''];
  const send = latestSend(result);
  if (send) lines.push(`**${t.draft}${t.locale === 'fr' ? ' :' : ':'}** ${t.sendBy(send)}.`, '');
  if (result.criteria.length) {
    lines.push(MARKDOWN_TEXT[t.locale].columns, '| --- | --- | --- | --- |');
    for (const criterion of result.criteria) {
      const severity = t.locale === 'en' ? criterion.severity : criterion.severity === 'off' ? t.status.off : criterion.severity === 'error' ? t.error : t.warning;
      lines.push(`| ${escapeMarkdown(criterion.criterion)} | ${t.statusLabel[criterion.status]} | ${severity} | \`${criterion.rule}\` |`);
    }
  } else {
    lines.push(t.noCriterion);
  }
  if (result.findings.length) {
    lines.push('', `### ${MARKDOWN_TEXT[t.locale].findings}`, '');
    for (const finding of result.findings) for (const line of findingItem(finding, descriptors.get(finding.rule), t)) lines.push(line);
  }
  lines.push('');
  return lines;
}

const markdown: Formatter = (english, context) => {
  const t = reportText(context.locale);
  const report = localizeReport(english, context.rules, t.locale);
  const descriptors = new Map(describeRules(context.rules, report, t.locale).map((descriptor) => [descriptor.id, descriptor]));
  const documentsPerFile = new Map<string, number>();
  for (const result of report.results) documentsPerFile.set(result.file, (documentsPerFile.get(result.file) ?? 0) + 1);
  const lines = [`# ${MARKDOWN_TEXT[t.locale].title}`, '', summaryLine(report, context, t), ''];
  for (const result of report.results) for (const line of documentSection(result, descriptors, documentsPerFile.get(result.file)! > 1, t)) lines.push(line);
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
};

export default markdown;
