// JUnit: well-formed XML that parses back to a testsuite per announcement and a testcase per criterion.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/report.js';
import { WSIS_2005 } from '../helpers.js';
import { AS_OF, HOSTILE, lintFixture, mixedReport, render } from './reports.js';

// The XML 1.0 Char production, and the only references XML defines without a DTD.
const XML_CHAR = /^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const UNDECLARED_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Fails on anything an XML 1.0 parser would reject; fast-xml-parser's validator checks the tags and attributes. */
function expectWellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(XML_CHAR.test(xml)).toBe(true);
  expect(UNDECLARED_REFERENCE.test(xml)).toBe(false);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
}

// The parsed XML is whatever shape the document has.
type Xml = any;

function parse(xml: string): Xml {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml);
}

function suites(xml: string): Xml[] {
  return parse(xml).testsuites.testsuite;
}

describe('junit', () => {
  it('gives the 2005 invitation one testsuite, a testcase per criterion, and a failure with the finding', async () => {
    const report = buildReport(lintFixture(WSIS_2005), AS_OF);
    const xml = await render('junit', report);
    expectWellFormed(xml);
    const [suite] = suites(xml);
    const [result] = report.results;
    expect(suite.name).toBe(`${result!.title} (fixtures/${WSIS_2005}, document 1)`);
    expect(suite.testcase.map((testCase: Xml) => testCase.name)).toEqual(result!.criteria.map((criterion) => criterion.criterion));
    const notice = suite.testcase.find((testCase: Xml) => testCase.name === 'Notice period');
    expect(notice.classname).toBe(`fixtures/${WSIS_2005}`);
    expect(notice.failure.type).toBe('fail');
    expect(notice.failure['#text']).toContain('12:1  error  announced 14 days before an in-person meeting on 2005-05-02; at least 56 are needed  [notice-period]');
    expect(notice.failure['#text']).toContain('remedy: move the meeting to 2005-06-13 or later');
    const failing = result!.criteria.filter((c) => (c.status === 'fail' || c.status === 'not-stated') && c.severity === 'error');
    expect(Number(suite.failures)).toBe(failing.length);
    expect(suite.testcase.filter((testCase: Xml) => testCase.failure).map((testCase: Xml) => testCase.name)).toEqual(failing.map((c) => c.criterion));
  });

  it('fails only at error severity; warn-level findings go to system-out; off, n/a and waived are skipped with the reason', async () => {
    const report = mixedReport();
    const xml = await render('junit', report);
    expectWellFormed(xml);
    const parsed = suites(xml);
    const caseFor = (file: string, name: string) =>
      parsed.flatMap((suite: Xml) => suite.testcase).find((testCase: Xml) => testCase.classname === file && testCase.name === name);

    const warned = caseFor(`fixtures/${HOSTILE}`, 'Notice period');
    expect(warned.failure).toBeUndefined();
    expect(warned['system-out']).toContain('10:1  warning  announced 14 days');

    const off = caseFor('notices/notice-off.yaml', 'Notice period');
    expect(off.skipped.message).toBe('switched off in the configuration');

    const waived = caseFor('notices/closed/waived-by-config.yaml', 'Notice period');
    expect(waived.failure).toBeUndefined();
    expect(waived.skipped.message).toBe('waived: Closed session under rule 61, see https://evil.example <b>x</b> | y ::error::z');
    expect(waived['system-out']).toContain('12:1  error (waived)  announced 14 days');

    const totals = parse(xml).testsuites;
    const all = parsed.flatMap((suite: Xml) => suite.testcase);
    expect(Number(totals.tests)).toBe(all.length);
    expect(Number(totals.failures)).toBe(all.filter((testCase: Xml) => testCase.failure).length);
    expect(Number(totals.skipped)).toBe(all.filter((testCase: Xml) => testCase.skipped).length);
  });

  it('reports syntax and schema problems as failing testcases of their own', async () => {
    const report = buildReport(lintFixture(HOSTILE), AS_OF);
    const [, schemaSuite, syntaxSuite] = suites(await render('junit', report));
    expect(schemaSuite.testcase).toHaveLength(1);
    expect(schemaSuite.testcase[0]).toMatchObject({ name: 'Announcement format', failure: { type: 'schema', message: '3 findings' } });
    expect(syntaxSuite.name).toBe(`(untitled) (fixtures/${HOSTILE}, document 3)`);
    expect(syntaxSuite.testcase[0]).toMatchObject({ name: 'YAML syntax', failure: { type: 'syntax' } });
  });

  it('escapes markup and strips what XML 1.0 forbids, keeping the text readable', async () => {
    const report = buildReport(lintFixture(HOSTILE), AS_OF);
    const xml = await render('junit', report);
    expectWellFormed(xml);
    const [first, schemaSuite] = suites(xml);
    // The title is an attribute: markup and quotes survive as text; escapes and forbidden characters are gone.
    expect(first.name).toContain('<script>alert(1)</script>');
    expect(first.name).toContain('@everyone #1 &amp; red ');
    expect(first.name).not.toMatch(/[\u0000\u0007\u000b\u001b\ufffe]/);
    expect(first.name).toContain(']]> end');
    expect(schemaSuite.testcase[0].failure['#text']).toContain('36:1  error  unknown field `note::error file=a,line=1::x <b>y</b> | [z](https://evil.example)` in the announcement  [schema]');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
  });
});
