// SARIF 2.1.0 (OASIS), for code scanning: one run, every rule described, findings as results,
// waived findings as suppressed results. Criteria statuses, which SARIF has no place for, go in the run's
// property bag so that nothing the `json` format says is lost.
import type { Finding, Severity } from '../engine/types.js';
import { describeRules, type RuleDescriptor } from './descriptors.js';
import type { Formatter } from './formatter.js';
import { terminalSafeJson, withoutControls } from './sanitize.js';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/invitelint';

const LEVELS: Record<Severity, 'error' | 'warning'> = { error: 'error', warn: 'warning' };

/** "Notice period" -> "NoticePeriod": SARIF asks for an identifier-like name. */
function pascalCase(words: string): string {
  return words
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function helpText(descriptor: RuleDescriptor): string {
  const norms = descriptor.sources.map((source) => `- ${source.title}${source.url ? ` (${source.url})` : ''}`);
  return norms.length ? `${descriptor.description}\n\nNorms:\n${norms.join('\n')}` : descriptor.description;
}

function helpMarkdown(descriptor: RuleDescriptor): string {
  if (descriptor.page) return descriptor.page;
  const norms = descriptor.sources.map((source) => (source.url ? `- [${source.title}](${source.url})` : `- ${source.title}`));
  return norms.length ? `${descriptor.description}\n\n**Norms**\n\n${norms.join('\n')}` : descriptor.description;
}

function reportingDescriptor(descriptor: RuleDescriptor) {
  return {
    id: descriptor.id,
    name: pascalCase(descriptor.criterion) || descriptor.id,
    shortDescription: { text: descriptor.criterion },
    fullDescription: { text: descriptor.description },
    help: { text: helpText(descriptor), markdown: helpMarkdown(descriptor) },
    defaultConfiguration: { level: LEVELS[descriptor.severity] },
    properties: {
      tags: [descriptor.isCriterion ? 'inclusiveness' : 'announcement-format'],
      sources: descriptor.sources.map((source) => ({ ...source })),
      options: descriptor.options,
    },
  };
}

/** A report's file name as a URI reference: relative ones against %SRCROOT%, absolute ones as file URIs. */
function artifactLocation(file: string) {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed
    .split('/')
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (slashed.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function messageText(finding: Finding): string {
  const message = withoutControls(finding.message);
  return finding.remedy ? `${message}\nRemedy: ${withoutControls(finding.remedy)}` : message;
}

const sarif: Formatter = (report, context) => {
  const descriptors = describeRules(context.rules, report);
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const results = report.results.flatMap((result) =>
    result.findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule)!,
      level: LEVELS[finding.severity],
      message: { text: messageText(finding) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(result.file),
            region: {
              startLine: finding.line,
              startColumn: finding.column,
              endLine: finding.endLine,
              endColumn: finding.endColumn,
            },
          },
          ...(finding.path && { logicalLocations: [{ fullyQualifiedName: finding.path, kind: 'member' }] }),
        },
      ],
      ...(finding.waived && {
        suppressions: [
          {
            kind: finding.waived.origin === 'inline' ? 'inSource' : 'external',
            status: 'accepted',
            justification: withoutControls(finding.waived.reason),
          },
        ],
      }),
      properties: {
        document: result.document,
        path: finding.path,
        evidence: finding.evidence,
        remedy: finding.remedy,
        source: finding.source,
      },
    })),
  );
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: descriptors.map(reportingDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          asOf: report.asOf,
          summary: report.summary,
          announcements: report.results.map((result) => ({
            file: result.file,
            document: result.document,
            title: result.title,
            criteria: result.criteria,
          })),
        },
      },
    ],
  };
  return `${terminalSafeJson(log)}\n`;
};

export default sarif;
