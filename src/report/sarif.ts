// SARIF 2.1.0 (OASIS), for code scanning: one run, every rule described, findings as results,
// waived findings as suppressed results. Criteria statuses, which SARIF has no place for, go in the run's
// property bag so that nothing the `json` format says is lost.
// Messages are sentences rendered by functions (plurals, dates, lists), so each rule's `messageStrings` has one
// template per message id whose placeholder is the rendered sentence: `{0}`, given in the result's
// `message.arguments` in the report's language, beside `message.id`; the raw values are `properties.evidence`.
import type { Finding, Rule, Severity } from '../engine/types.js';
import { describeRules, type RuleDescriptor } from './descriptors.js';
import type { Formatter } from './formatter.js';
import { INTERNAL_ERROR } from '../engine/findings.js';
import { isEngineCode } from '../engine/codes.js';
import { engineMessageIds } from '../engine/messages.js';
import { localizeReport } from './localize.js';
import { latestSend } from './notes.js';
import { terminalSafeJson, withoutControls } from './sanitize.js';
import { reportText, type ReportText } from './text.js';

const SARIF_TEXT = {
  en: { norms: 'Norms', settings: (file: string) => `settings read from ${file}` },
  fr: { norms: 'Normes', settings: (file: string) => `réglages lus dans ${file}` },
  es: { norms: 'Normas', settings: (file: string) => `ajustes leídos de ${file}` },
} as const;

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

function helpText(descriptor: RuleDescriptor, t: ReportText): string {
  const norms = descriptor.sources.map((source) => `- ${source.title}${source.url ? ` (${source.url})` : ''}`);
  return norms.length ? `${descriptor.description}\n\n${SARIF_TEXT[t.locale].norms}${t.locale === 'fr' ? ' :' : ':'}\n${norms.join('\n')}` : descriptor.description;
}

function helpMarkdown(descriptor: RuleDescriptor, t: ReportText): string {
  if (descriptor.page) return descriptor.page;
  const norms = descriptor.sources.map((source) => (source.url ? `- [${source.title}](${source.url})` : `- ${source.title}`));
  return norms.length ? `${descriptor.description}\n\n**${SARIF_TEXT[t.locale].norms}**\n\n${norms.join('\n')}` : descriptor.description;
}

/** The message ids a rule id's findings can carry: a rule's own, or the engine code itself. */
function messageIds(id: string, rules: ReadonlyMap<string, Rule>): string[] {
  const messages = rules.get(id)?.messages;
  if (messages) return Object.keys(messages);
  return isEngineCode(id) ? engineMessageIds(id) : [id];
}

function reportingDescriptor(descriptor: RuleDescriptor, t: ReportText, rules: ReadonlyMap<string, Rule>) {
  return {
    id: descriptor.id,
    // English names stay the rule's identifier-like name in every locale: tools match on it.
    name: pascalCase(descriptor.englishCriterion) || descriptor.id,
    shortDescription: { text: descriptor.criterion },
    fullDescription: { text: descriptor.description },
    help: { text: helpText(descriptor, t), markdown: helpMarkdown(descriptor, t) },
    messageStrings: Object.fromEntries(messageIds(descriptor.id, rules).map((id) => [id, { text: '{0}' }])),
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

function messageText(finding: Finding, t: ReportText): string {
  const message = withoutControls(finding.message);
  return finding.remedy ? `${message}\n${t.remedy}${t.locale === 'fr' ? ' :' : ':'} ${withoutControls(finding.remedy)}` : message;
}

const sarif: Formatter = (english, context) => {
  const t = reportText(context.locale);
  const report = localizeReport(english, context.rules, t.locale);
  const rulesById = new Map(context.rules.map((rule) => [rule.meta.id, rule]));
  const descriptors = describeRules(context.rules, report, t.locale);
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const results = report.results.flatMap((result) =>
    result.findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule)!,
      level: LEVELS[finding.severity],
      message: { text: messageText(finding, t), id: finding.messageId, arguments: [messageText(finding, t)] },
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
            rules: descriptors.map((descriptor) => reportingDescriptor(descriptor, t, rulesById)),
          },
        },
        // How the tool ran: the config files whose settings applied (a config can switch every rule off).
        invocations: [
          {
            executionSuccessful: !report.results.some((result) => result.findings.some((finding) => finding.rule === INTERNAL_ERROR)),
            toolConfigurationNotifications: report.configFiles.map((file) => ({
              level: 'note',
              message: { text: SARIF_TEXT[t.locale].settings(withoutControls(file)) },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }],
            })),
            properties: { configFiles: report.configFiles },
          },
        ],
        // The language of the run's messages and descriptions (BCP 47).
        language: t.locale,
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          asOf: report.asOf,
          summary: report.summary,
          announcements: report.results.map((result) => {
            const send = latestSend(result);
            return { file: result.file, document: result.document, title: result.title, ...(send && { latestSendDate: send.date }), criteria: result.criteria };
          }),
        },
      },
    ],
  };
  return `${terminalSafeJson(log)}\n`;
};

export default sarif;
