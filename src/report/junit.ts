// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure): a testsuite per announcement,
// a testcase per criterion. A criterion fails the test only at error severity, as it fails the run by default:
// fail and not-stated at warn severity pass with their findings in <system-out>; off, not-applicable and
// waived criteria are skipped, with the reason. Findings that belong to no criterion (syntax, schema,
// unused waivers) get a testcase of their own per rule.
import type { CriterionResult, DocumentResult, Finding, Status } from '../engine/types.js';
import { describeRules } from './descriptors.js';
import type { Formatter } from './formatter.js';
import { localizeReport } from './localize.js';
import { configFilesNamed, latestSend } from './notes.js';
import { terminalSafe, withoutControls } from './sanitize.js';
import { reportText, type ReportText } from './text.js';

/** JUnit's own words, beside the shared ones (text.ts). */
interface JunitText {
  /** After a finding's severity when it is waived. */
  waivedMark: string;
  remedy: string;
  norm: string;
  waived: string;
  skip: Partial<Record<Status, string>>;
  /** A failing criterion's message when it has several findings. */
  failing: (status: 'fail' | 'not-stated', count: number) => string;
  waivedSkip: (reasons: string) => string;
}

const JUNIT_TEXT: Record<ReportText['locale'], JunitText> = {
  en: {
    waivedMark: ' (waived)',
    remedy: 'remedy',
    norm: 'norm',
    waived: 'waived',
    skip: { off: 'switched off in the configuration', 'not-applicable': 'does not apply to this meeting' },
    failing: (status, count) => `${status === 'fail' ? 'fails' : 'not stated'}: ${count} findings`,
    waivedSkip: (reasons) => `waived: ${reasons}`,
  },
  fr: {
    waivedMark: ' (dérogé)',
    remedy: 'correctif',
    norm: 'norme',
    waived: 'dérogation',
    skip: { off: 'désactivé dans la configuration', 'not-applicable': 'sans objet pour cette réunion' },
    failing: (status, count) => `${status === 'fail' ? 'non conforme' : 'non précisé'} : ${count} constats`,
    waivedSkip: (reasons) => `dérogé : ${reasons}`,
  },
  es: {
    waivedMark: ' (eximida)',
    remedy: 'solución',
    norm: 'norma',
    waived: 'exención',
    skip: { off: 'desactivado en la configuración', 'not-applicable': 'no aplica a esta reunión' },
    failing: (status, count) => `${status === 'fail' ? 'no cumple' : 'no indicado'}: ${count} observaciones`,
    waivedSkip: (reasons) => `eximida: ${reasons}`,
  },
};

// Characters XML 1.0 does not allow at all (its Char production), lone surrogates included.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function xmlText(text: string): string {
  return withoutControls(text)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and line breaks and tabs, which parsers would otherwise normalise to spaces. */
function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

/** A finding as a few lines of text; line breaks inside its parts become spaces, so no part can pass for another. */
function findingText(finding: Finding, t: ReportText): string {
  const text = JUNIT_TEXT[t.locale];
  const colon = t.locale === 'fr' ? ' :' : ':';
  const severity = finding.severity === 'error' ? t.error : t.warning;
  const lines = [`${finding.line}:${finding.column}  ${severity}${finding.waived ? text.waivedMark : ''}  ${terminalSafe(finding.message)}  [${finding.rule}]`];
  if (finding.remedy) lines.push(`  ${text.remedy}${colon} ${terminalSafe(finding.remedy)}`);
  if (finding.source) lines.push(`  ${text.norm}${colon} ${terminalSafe(finding.source)}`);
  if (finding.waived) lines.push(`  ${text.waived}${colon} ${terminalSafe(finding.waived.reason)}`);
  return lines.join('\n');
}

interface TestCase {
  name: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** The failure's or skip's one-line message. */
  message?: string;
  /** failure type: the status that failed. */
  type?: string;
  findings: Finding[];
}

function criterionCase(criterion: CriterionResult, findings: Finding[], text: JunitText): TestCase {
  const name = criterion.criterion;
  if ((criterion.status === 'fail' || criterion.status === 'not-stated') && criterion.severity === 'error') {
    const open = findings.filter((finding) => !finding.waived);
    const message = open.length === 1 ? terminalSafe(open[0]!.message) : text.failing(criterion.status, open.length);
    return { name, outcome: 'failed', message, type: criterion.status, findings };
  }
  if (criterion.status === 'waived') {
    const reasons = [...new Set(findings.map((finding) => finding.waived?.reason).filter((reason) => reason !== undefined))];
    return { name, outcome: 'skipped', message: text.waivedSkip(reasons.map(terminalSafe).join('; ')), findings };
  }
  const skipReason = text.skip[criterion.status];
  if (skipReason) return { name, outcome: 'skipped', message: skipReason, findings };
  return { name, outcome: 'passed', findings };
}

function testCases(result: DocumentResult, criterionNames: Map<string, string>, t: ReportText): TestCase[] {
  const findingsByRule = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = findingsByRule.get(finding.rule) ?? [];
    list.push(finding);
    findingsByRule.set(finding.rule, list);
  }
  const cases = result.criteria.map((criterion) => criterionCase(criterion, findingsByRule.get(criterion.rule) ?? [], JUNIT_TEXT[t.locale]));
  const criterionRules = new Set(result.criteria.map((criterion) => criterion.rule));
  for (const [rule, findings] of findingsByRule) {
    if (criterionRules.has(rule)) continue;
    const name = criterionNames.get(rule) ?? rule;
    const errors = findings.filter((finding) => finding.severity === 'error' && !finding.waived);
    cases.push(
      errors.length
        ? { name, outcome: 'failed', message: errors.length === 1 ? terminalSafe(errors[0]!.message) : t.findings(errors.length), type: rule, findings }
        : { name, outcome: 'passed', findings },
    );
  }
  return cases;
}

function testCaseXml(testCase: TestCase, classname: string, t: ReportText): string {
  const open = `    <testcase${attributes({ name: testCase.name, classname })}`;
  const details = testCase.findings.map((finding) => findingText(finding, t)).join('\n\n');
  const body: string[] = [];
  if (testCase.outcome === 'failed') {
    body.push(`      <failure${attributes({ message: testCase.message!, type: testCase.type! })}>${xmlText(details)}</failure>`);
  } else {
    if (testCase.outcome === 'skipped') body.push(`      <skipped${attributes({ message: testCase.message! })}/>`);
    if (details) body.push(`      <system-out>${xmlText(details)}</system-out>`);
  }
  return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
}

function count(cases: readonly TestCase[], outcome: TestCase['outcome']): number {
  return cases.filter((testCase) => testCase.outcome === outcome).length;
}

const junit: Formatter = (english, context) => {
  const t = reportText(context.locale);
  const report = localizeReport(english, context.rules, t.locale);
  const criterionNames = new Map(describeRules(context.rules, report, t.locale).map((descriptor) => [descriptor.id, descriptor.criterion]));
  const suites = report.results.map((result) => ({ result, cases: testCases(result, criterionNames, t) }));
  const all = suites.flatMap((suite) => suite.cases);
  const totals = { tests: all.length, failures: count(all, 'failed'), errors: 0, skipped: count(all, 'skipped') };
  const configFiles = configFilesNamed(report);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attributes({ name: 'invitelint', ...totals })}>`];
  suites.forEach(({ result, cases }, id) => {
    const suiteAttributes = {
      // Unique in the report: two announcements may share a title, never a file and a document.
      name: `${result.title ?? t.untitled} (${result.file}, ${t.document(result.document + 1)})`,
      id,
      tests: cases.length,
      failures: count(cases, 'failed'),
      errors: 0,
      skipped: count(cases, 'skipped'),
    };
    lines.push(`  <testsuite${attributes(suiteAttributes)}>`);
    lines.push('    <properties>');
    const properties: [string, string | number][] = [
      ['file', result.file],
      ['document', result.document],
      ['asOf', report.asOf],
    ];
    const send = latestSend(result);
    if (send) properties.push(['latestSendDate', send.date]);
    for (const name of configFiles.named) properties.push(['configFile', name]);
    if (configFiles.more) properties.push(['moreConfigFiles', configFiles.more]);
    for (const [name, value] of properties) lines.push(`      <property${attributes({ name, value })}/>`);
    lines.push('    </properties>');
    for (const testCase of cases) lines.push(testCaseXml(testCase, result.file, t));
    lines.push('  </testsuite>');
  });
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

export default junit;
