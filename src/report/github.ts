// GitHub Actions workflow commands: one annotation a finding, and nothing else on standard output.
// The escapes are those of GitHub's own toolkit (actions/toolkit, packages/core/src/command.ts): in data,
// `%`, CR and LF; in properties also `:` and `,`. With no raw line break left, announcement text can never
// begin a line, so it can never start a workflow command of its own; with `:` and `,` escaped it can
// never end a property or the property list.
import type { Finding } from '../engine/types.js';
import { describeRules } from './descriptors.js';
import type { Formatter } from './formatter.js';
import { localizeReport } from './localize.js';
import { configFilesNamed, latestSend } from './notes.js';
import { terminalSafe, withoutControls } from './sanitize.js';
import { reportText, type ReportText } from './text.js';

/** The annotations' own words, beside the shared ones (text.ts). */
const GITHUB_TEXT = {
  en: { configuration: 'invitelint configuration', used: (name: string) => `this run used the settings of ${name}`, more: (count: number) => `and of ${count} more config files`, waived: 'Waived', titleWaived: ', waived' },
  fr: { configuration: 'configuration invitelint', used: (name: string) => `cette vérification a utilisé les réglages de ${name}`, more: (count: number) => `et ceux de ${count} autres fichiers de configuration`, waived: 'Dérogation', titleWaived: ', dérogé' },
  es: { configuration: 'configuración de invitelint', used: (name: string) => `esta revisión usó los ajustes de ${name}`, more: (count: number) => `y los de ${count} archivos de configuración más`, waived: 'Exención', titleWaived: ', eximida' },
} as const;

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(finding: Finding): 'error' | 'warning' | 'notice' {
  if (finding.waived) return 'notice';
  return finding.severity === 'error' ? 'error' : 'warning';
}

/** The annotation's text: one line each for the message, remedy, norm and waiver, none of which can pass for another. */
function body(finding: Finding, t: ReportText): string {
  const colon = t.locale === 'fr' ? ' :' : ':';
  const lines = [terminalSafe(finding.message)];
  if (finding.remedy) lines.push(`${t.remedy}${colon} ${terminalSafe(finding.remedy)}`);
  if (finding.source) lines.push(`${t.norm}${colon} ${terminalSafe(finding.source)}`);
  if (finding.waived) lines.push(`${GITHUB_TEXT[t.locale].waived}${colon} ${terminalSafe(finding.waived.reason)}`);
  return lines.join('\n');
}

const github: Formatter = (english, context) => {
  const t = reportText(context.locale);
  const text = GITHUB_TEXT[t.locale];
  const report = localizeReport(english, context.rules, t.locale);
  const criteria = new Map(describeRules(context.rules, report, t.locale).map((descriptor) => [descriptor.id, descriptor.criterion]));
  const lines: string[] = [];
  const property = (value: string) => escapeProperty(withoutControls(value));
  // A config that switches every rule off leaves no annotation at all: the notice says which one applied.
  const { named, more } = configFilesNamed(report);
  for (const name of named) {
    lines.push(`::notice file=${property(name)},title=${property(text.configuration)}::${escapeData(text.used(terminalSafe(name)))}`);
  }
  if (more) lines.push(`::notice title=${property(text.configuration)}::${escapeData(text.more(more))}`);
  for (const result of report.results) {
    const send = latestSend(result);
    if (send) lines.push(`::notice file=${property(result.file)},title=${property(t.draft)}::${escapeData(`${terminalSafe(result.title ?? result.file)}${t.locale === 'fr' ? ' :' : ':'} ${t.sendBy(send)}`)}`);
    for (const finding of result.findings) {
      const properties = {
        file: result.file,
        line: finding.line,
        col: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        title: `${criteria.get(finding.rule) ?? finding.rule} (${finding.rule})${finding.waived ? text.titleWaived : ''}`,
      };
      const list = Object.entries(properties)
        .map(([name, value]) => `${name}=${escapeProperty(withoutControls(String(value)))}`)
        .join(',');
      lines.push(`::${command(finding)} ${list}::${escapeData(body(finding, t))}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export default github;
