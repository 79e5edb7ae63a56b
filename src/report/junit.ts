// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure): a testsuite per announcement,
// a testcase per criterion. A criterion fails the test only at error severity, as it fails the run by default:
// fail and not-stated at warn severity pass with their findings in <system-out>; off, not-applicable and
// waived criteria are skipped, with the reason. Findings that belong to no criterion (syntax, schema,
// unused waivers) get a testcase of their own per rule.
import type { CriterionResult, DocumentResult, Finding, Status } from '../engine/types.js';
import { describeRules } from './descriptors.js';
import type { Formatter } from './formatter.js';
import { terminalSafe, withoutControls } from './sanitize.js';

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
function findingText(finding: Finding): string {
  const severity = finding.severity === 'error' ? 'error' : 'warning';
  const lines = [`${finding.line}:${finding.column}  ${severity}${finding.waived ? ' (waived)' : ''}  ${terminalSafe(finding.message)}  [${finding.rule}]`];
  if (finding.remedy) lines.push(`  remedy: ${terminalSafe(finding.remedy)}`);
  if (finding.source) lines.push(`  norm: ${terminalSafe(finding.source)}`);
  if (finding.waived) lines.push(`  waived: ${terminalSafe(finding.waived.reason)}`);
  return lines.join('\n');
}

const SKIP_REASONS: Partial<Record<Status, string>> = {
  off: 'switched off in the configuration',
  'not-applicable': 'does not apply to this meeting',
};

interface TestCase {
  name: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** The failure's or skip's one-line message. */
  message?: string;
  /** failure type: the status that failed. */
  type?: string;
  findings: Finding[];
}

function criterionCase(criterion: CriterionResult, findings: Finding[]): TestCase {
  const name = criterion.criterion;
  const failing = criterion.status === 'fail' || criterion.status === 'not-stated';
  if (failing && criterion.severity === 'error') {
    const open = findings.filter((finding) => !finding.waived);
    const message = open.length === 1 ? terminalSafe(open[0]!.message) : `${criterion.status === 'fail' ? 'fails' : 'not stated'}: ${open.length} findings`;
    return { name, outcome: 'failed', message, type: criterion.status, findings };
  }
  if (criterion.status === 'waived') {
    const reasons = [...new Set(findings.map((finding) => finding.waived?.reason).filter((reason) => reason !== undefined))];
    return { name, outcome: 'skipped', message: `waived: ${reasons.map(terminalSafe).join('; ')}`, findings };
  }
  const skipReason = SKIP_REASONS[criterion.status];
  if (skipReason) return { name, outcome: 'skipped', message: skipReason, findings };
  return { name, outcome: 'passed', findings };
}

function testCases(result: DocumentResult, criterionNames: Map<string, string>): TestCase[] {
  const findingsByRule = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = findingsByRule.get(finding.rule) ?? [];
    list.push(finding);
    findingsByRule.set(finding.rule, list);
  }
  const cases = result.criteria.map((criterion) => criterionCase(criterion, findingsByRule.get(criterion.rule) ?? []));
  const criterionRules = new Set(result.criteria.map((criterion) => criterion.rule));
  for (const [rule, findings] of findingsByRule) {
    if (criterionRules.has(rule)) continue;
    const name = criterionNames.get(rule) ?? rule;
    const errors = findings.filter((finding) => finding.severity === 'error' && !finding.waived);
    cases.push(
      errors.length
        ? { name, outcome: 'failed', message: errors.length === 1 ? terminalSafe(errors[0]!.message) : `${errors.length} findings`, type: rule, findings }
        : { name, outcome: 'passed', findings },
    );
  }
  return cases;
}

function testCaseXml(testCase: TestCase, classname: string): string {
  const open = `    <testcase${attributes({ name: testCase.name, classname })}`;
  const details = testCase.findings.map(findingText).join('\n\n');
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

const junit: Formatter = (report, context) => {
  const criterionNames = new Map(describeRules(context.rules, report).map((descriptor) => [descriptor.id, descriptor.criterion]));
  const suites = report.results.map((result) => ({ result, cases: testCases(result, criterionNames) }));
  const all = suites.flatMap((suite) => suite.cases);
  const totals = { tests: all.length, failures: count(all, 'failed'), errors: 0, skipped: count(all, 'skipped') };
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attributes({ name: 'invitelint', ...totals })}>`];
  suites.forEach(({ result, cases }, id) => {
    const suiteAttributes = {
      name: result.title ?? `${result.file} (document ${result.document + 1})`,
      id,
      tests: cases.length,
      failures: count(cases, 'failed'),
      errors: 0,
      skipped: count(cases, 'skipped'),
    };
    lines.push(`  <testsuite${attributes(suiteAttributes)}>`);
    lines.push('    <properties>');
    const properties = { file: result.file, document: result.document, asOf: report.asOf };
    for (const [name, value] of Object.entries(properties)) lines.push(`      <property${attributes({ name, value })}/>`);
    lines.push('    </properties>');
    for (const testCase of cases) lines.push(testCaseXml(testCase, result.file));
    lines.push('  </testsuite>');
  });
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

export default junit;
