// GitHub Actions workflow commands: one annotation a finding, and nothing else on standard output.
// The escapes are those of GitHub's own toolkit (actions/toolkit, packages/core/src/command.ts): in data,
// `%`, CR and LF; in properties also `:` and `,`. With no raw line break left, announcement text can never
// begin a line, so it can never start a workflow command of its own; with `:` and `,` escaped it can
// never end a property or the property list.
import type { Finding } from '../engine/types.js';
import { describeRules } from './descriptors.js';
import type { Formatter } from './formatter.js';
import { terminalSafe, withoutControls } from './sanitize.js';

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
function body(finding: Finding): string {
  const lines = [terminalSafe(finding.message)];
  if (finding.remedy) lines.push(`Remedy: ${terminalSafe(finding.remedy)}`);
  if (finding.source) lines.push(`Norm: ${terminalSafe(finding.source)}`);
  if (finding.waived) lines.push(`Waived: ${terminalSafe(finding.waived.reason)}`);
  return lines.join('\n');
}

const github: Formatter = (report, context) => {
  const criteria = new Map(describeRules(context.rules, report).map((descriptor) => [descriptor.id, descriptor.criterion]));
  const lines: string[] = [];
  for (const result of report.results) {
    for (const finding of result.findings) {
      const properties = {
        file: result.file,
        line: finding.line,
        col: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        title: `${criteria.get(finding.rule) ?? finding.rule} (${finding.rule})${finding.waived ? ', waived' : ''}`,
      };
      const list = Object.entries(properties)
        .map(([name, value]) => `${name}=${escapeProperty(withoutControls(String(value)))}`)
        .join(',');
      lines.push(`::${command(finding)} ${list}::${escapeData(body(finding))}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export default github;
