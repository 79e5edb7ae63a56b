// Every format reports the same facts as `json` (cli.md, "Outputs"): each finding, at its position, and
// for each announcement the status of every criterion. Each format's output is read back on its own terms.
import { XMLParser } from 'fast-xml-parser';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/engine/types.js';
import { allFindings, mixedReport, render } from './reports.js';

interface Facts {
  /** `rule line:column` of every finding (sorted: JUnit groups them by criterion). */
  findings: string[];
  /** How many criterion statuses the output gives; null where the format has no place for them. */
  criteria: number | null;
}

function fromJson(report: LintReport): Facts {
  return {
    findings: allFindings(report).map((finding) => `${finding.rule} ${finding.line}:${finding.column}`),
    criteria: report.results.reduce((sum, result) => sum + result.criteria.length, 0),
  };
}

// Parsed JSON and XML: whatever shape the output has.
type Parsed = any;

const readers: Record<string, (output: string, report: LintReport) => Facts> = {
  json: (output) => fromJson(JSON.parse(output)),
  sarif: (output) => {
    const [run] = JSON.parse(output).runs;
    return {
      findings: run.results.map((result: Parsed) => {
        const { startLine, startColumn } = result.locations[0].physicalLocation.region;
        return `${result.ruleId} ${startLine}:${startColumn}`;
      }),
      criteria: run.properties.announcements.reduce((sum: number, announcement: Parsed) => sum + announcement.criteria.length, 0),
    };
  },
  junit: (output, report) => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(output);
    const cases: Parsed[] = parsed.testsuites.testsuite.flatMap((suite: Parsed) => suite.testcase);
    const texts = cases.flatMap((testCase) => [testCase.failure?.['#text'], testCase['system-out']].filter(Boolean));
    // Findings of no criterion (syntax, schema, unused waivers) have a testcase per rule and announcement.
    const extraCases = report.results.reduce((sum, result) => {
      const criterionRules = new Set(result.criteria.map((criterion) => criterion.rule));
      return sum + new Set(result.findings.map((finding) => finding.rule).filter((rule) => !criterionRules.has(rule))).size;
    }, 0);
    return {
      findings: texts.flatMap((text: string) =>
        [...text.matchAll(/^(\d+:\d+) {2}(?:error|warning)(?: \(waived\))? {2}.* {2}\[([a-z-]+)\]$/gm)].map((match) => `${match[2]} ${match[1]}`),
      ),
      criteria: cases.length - extraCases,
    };
  },
  github: (output) => ({
    findings: output
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const match = /^::(?:error|warning|notice) file=[^,]*,line=(\d+),col=(\d+),.*?,title=[^:]*\(([a-z-]+)\)(?:%2C waived)?::/.exec(line);
        return match ? `${match[3]} ${match[1]}:${match[2]}` : `not an annotation: ${line}`;
      }),
    // A workflow command annotates a finding; it has no place for a criterion that passes.
    criteria: null,
  }),
  markdown: (output) => {
    const html = micromark(output, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    return {
      findings: [...html.matchAll(/<li><strong>(?:error|warning|waived)<\/strong> · .*?\(<code>([a-z-]+)<\/code>\) · line (\d+), column (\d+)/g)].map(
        (match) => `${match[1]} ${match[2]}:${match[3]}`,
      ),
      criteria: [...html.matchAll(/<tbody>([^]*?)<\/tbody>/g)].reduce((sum, match) => sum + (match[1]!.match(/<tr>/g)?.length ?? 0), 0),
    };
  },
  stylish: (output) => ({
    findings: [...output.matchAll(/^ {2}(\d+:\d+) +(?:error|warning|waived) .* {2}([a-z-]+)$/gm)].map((match) => `${match[2]} ${match[1]}`),
    criteria: [...output.matchAll(/^ {4}(?:✔ pass|✖ fail|\? not stated|~ waived|- n\/a|- off) /gm)].length,
  }),
};

describe('every format reports what json reports', () => {
  const report = mixedReport();
  const expected = fromJson(report);

  it('the mixed report has findings of every kind to compare', () => {
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(report.summary.waived).toBeGreaterThan(0);
    const statuses = new Set(report.results.flatMap((result) => result.criteria.map((criterion) => criterion.status)));
    for (const status of ['pass', 'fail', 'waived', 'off']) expect(statuses).toContain(status);
  });

  it.each(Object.keys(readers))('%s', async (format) => {
    const facts = readers[format]!(await render(format as never, report), report);
    expect([...facts.findings].sort()).toEqual([...expected.findings].sort());
    if (facts.criteria !== null) expect(facts.criteria).toBe(expected.criteria);
  });
});
