// SARIF: valid against the OASIS 2.1.0 schema, every rule described, findings located and waivers as suppressions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/index.js';
import { ROOT, WSIS_2005 } from '../helpers.js';
import { allFindings, AS_OF, lintFixture, mixedReport, render } from './reports.js';
import { buildReport } from '../../src/engine/report.js';

// The OASIS SARIF 2.1.0 schema, committed in the project.
const schemaPath = path.join(ROOT, 'tests', 'schemas', 'sarif-schema-2.1.0.json');

// CommonJS: TypeScript (NodeNext) sees the module object; the class is its `default`, which the class also
// carries as a property of its own, so `.default` is the class whichever object the import yields.
const Ajv = AjvDraft04.default;

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/\s/.test(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

type Sarif = any;

describe('sarif', () => {
  const validate = sarifValidator();

  it('validates against the SARIF 2.1.0 schema, for the 2005 invitation and for a report with every kind of outcome', async () => {
    for (const report of [buildReport(lintFixture(WSIS_2005), AS_OF), mixedReport()]) {
      const log = JSON.parse(await render('sarif', report));
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('the validator rejects what breaks the schema (so the test above can fail)', async () => {
    const log = JSON.parse(await render('sarif', buildReport(lintFixture(WSIS_2005), AS_OF)));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].results[0].suppressions = [{ kind: 'waived' }];
    expect(validate(log)).toBe(false);
  });

  it('describes every rule of the catalogue and the syntax and schema problems, with help, norms and default level', async () => {
    const log: Sarif = JSON.parse(await render('sarif', buildReport(lintFixture(WSIS_2005), AS_OF)));
    const driver = log.runs[0].tool.driver;
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(driver).toMatchObject({ name: 'invitelint', version: expect.any(String), informationUri: expect.stringMatching(/^https:\/\//) });
    const ids = driver.rules.map((rule: Sarif) => rule.id);
    expect(ids).toEqual(expect.arrayContaining([...RULES.map((rule) => rule.meta.id), 'syntax', 'schema']));
    for (const rule of RULES) {
      const descriptor = driver.rules.find((d: Sarif) => d.id === rule.meta.id);
      expect(descriptor.shortDescription.text).toBe(rule.meta.criterion);
      expect(descriptor.fullDescription.text).toBe(rule.meta.description);
      expect(descriptor.defaultConfiguration.level).toBe(rule.meta.severity === 'warn' ? 'warning' : 'error');
      expect(descriptor.help.markdown).toBe(rule.page);
      for (const source of rule.meta.sources) expect(descriptor.help.text).toContain(source.title);
    }
  });

  it('reports each finding with its rule, level, message, remedy, relative location and evidence', async () => {
    const report = buildReport(lintFixture(WSIS_2005), AS_OF);
    const log: Sarif = JSON.parse(await render('sarif', report));
    const index = allFindings(report).findIndex((finding) => finding.rule === 'notice-period');
    const finding = allFindings(report)[index];
    const result = log.runs[0].results[index];
    expect(log.runs[0].results).toHaveLength(allFindings(report).length);
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(result).toMatchObject({
      ruleId: finding!.rule,
      level: 'error',
      message: { text: `${finding!.message}\nRemedy: ${finding!.remedy}` },
      properties: { evidence: finding!.evidence, remedy: finding!.remedy, path: finding!.path },
    });
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `fixtures/${WSIS_2005}`, uriBaseId: '%SRCROOT%' },
      region: { startLine: finding!.line, startColumn: finding!.column, endLine: finding!.endLine, endColumn: finding!.endColumn },
    });
    expect(result.suppressions).toBeUndefined();
  });

  it('keeps waived findings as results with suppressions: external for the config, inSource for inline comments', async () => {
    const report = mixedReport();
    const log: Sarif = JSON.parse(await render('sarif', report));
    const suppressed = log.runs[0].results.filter((result: Sarif) => result.suppressions);
    expect(suppressed.length).toBe(report.summary.waived);
    const byFile = (file: string) => suppressed.filter((r: Sarif) => r.locations[0].physicalLocation.artifactLocation.uri === file);
    expect(byFile('notices/closed/waived-by-config.yaml')[0].suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Closed session under rule 61, see https://evil.example <b>x</b> | y\n::error::z' },
    ]);
    // The space and the percent sign of the file name are encoded: a uri is a URI reference, not a path.
    expect(byFile('notices/waived%20inline%2C%20100%25.yaml')[0].suppressions[0]).toMatchObject({ kind: 'inSource', justification: 'closed session by statute' });
  });

  it('gives every finding of every rule a descriptor, syntax and schema problems included', async () => {
    const report = mixedReport();
    const log: Sarif = JSON.parse(await render('sarif', report));
    const rules = log.runs[0].tool.driver.rules;
    const results = log.runs[0].results;
    expect(results.map((r: Sarif) => r.ruleId)).toEqual(expect.arrayContaining(['syntax', 'schema']));
    for (const result of results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('strips terminal escape sequences and control characters from text, and keeps it otherwise as data', async () => {
    const results = lintFixture(WSIS_2005).map((result) => ({
      ...result,
      findings: result.findings.map((finding) => ({ ...finding, message: 'red \u001b[31mtext\u001b[0m\u0007 <b>ok</b>' })),
    }));
    const log: Sarif = JSON.parse(await render('sarif', buildReport(results, AS_OF)));
    expect(log.runs[0].results[0].message.text.split('\n')[0]).toBe('red text <b>ok</b>');
  });

  it('uses file URIs, without a base, for absolute paths', async () => {
    const report = buildReport(lintFixture(WSIS_2005, { filePath: '/srv/notices/a b.yaml' }), AS_OF);
    const log: Sarif = JSON.parse(await render('sarif', report));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///srv/notices/a%20b.yaml' });
    expect(validate(log)).toBe(true);
  });
});
