// What the reports say besides findings and statuses (issue 23 item 10, issue 20 item 4): the config files
// that applied, in every format; a passing draft's latest send date, in every format; the --as-of date only
// when some announcement is a draft; JUnit suite names that are unique; --quiet's count of what it hid.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/report.js';
import { lintText, loadConfig } from '../../src/index.js';
import { FORMAT_NAMES, type FormatName } from '../../src/report/format.js';
import { fixture, PASSING, runCli, variant, WSIS_2005 } from '../helpers.js';
import { AS_OF, CONTEXT, lintFixture, render, sarifValidator } from './reports.js';

type Parsed = any;

describe('the config files that applied', () => {
  // A received folder whose config switches every rule off: the run prints no finding, and must say why.
  const folder = mkdtempSync(path.join(tmpdir(), 'invitelint-config-named-'));
  mkdirSync(path.join(folder, 'notices'));
  writeFileSync(path.join(folder, 'notices', '.invitelint.yaml'), `rules:\n${['notice-period', 'remote-access', 'fair-hours'].map((id) => `  ${id}: off\n`).join('')}`);
  writeFileSync(path.join(folder, 'notices', 'wsis.yaml'), fixture(WSIS_2005));
  const run = (format: FormatName) => runCli(['notices/wsis.yaml', '--as-of', AS_OF, '-f', format], { cwd: folder });
  const configFile = path.join('notices', '.invitelint.yaml');

  it('are in the json report as configFiles, named as files are', () => {
    expect(JSON.parse(run('json').stdout).configFiles).toEqual([configFile]);
    expect(JSON.parse(runCli(['notices/wsis.yaml', '--as-of', AS_OF, '-f', 'json', '--no-config-lookup'], { cwd: folder }).stdout).configFiles).toEqual([]);
  });

  it('are named by every other format, and SARIF stays valid', () => {
    const sarif = JSON.parse(run('sarif').stdout);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.properties.configFiles).toEqual([configFile]);
    expect(invocation.toolConfigurationNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('notices/.invitelint.yaml');
    expect(run('stylish').stdout).toContain(`\nconfig: ${configFile}\n`);
    expect(run('markdown').stdout).toContain(`Configuration read from \`${configFile}\`.`);
    expect(run('html').stdout).toContain(`Configuration read from <code>${configFile}</code>.`);
    expect(run('github').stdout.split('\n')[0]).toBe(
      `::notice file=${configFile},title=invitelint configuration::this run used the settings of ${configFile}`,
    );
    const suites = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'property'].includes(name) }).parse(run('junit').stdout)
      .testsuites.testsuite;
    expect(suites[0].properties.property).toContainEqual({ name: 'configFile', value: configFile });
  }, 60_000);

  it('is the config given to lintText, and none for presets alone', () => {
    const file = path.join(folder, 'notices', '.invitelint.yaml');
    expect(lintText(fixture(WSIS_2005), { asOf: AS_OF, config: loadConfig(file) }).configFiles).toEqual([file]);
    expect(lintText(fixture(WSIS_2005), { asOf: AS_OF }).configFiles).toEqual([]);
  });

  it('are named ten at most in text formats, then counted', async () => {
    const report = { ...buildReport(lintFixture(WSIS_2005), AS_OF), configFiles: Array.from({ length: 12 }, (_, i) => `folder-${i + 1}/.invitelint.yaml`) };
    const stylish = await render('stylish', report);
    expect(stylish).toContain('config: folder-1/.invitelint.yaml, ');
    expect(stylish).toContain('folder-10/.invitelint.yaml and 2 more\n');
    expect(stylish).not.toContain('folder-11');
  });
});

describe('a draft', () => {
  // The passing hybrid consultation without its `issued` date: notice counts from --as-of, and holds.
  const draft = variant(PASSING, { issued: undefined });
  const report = lintText(draft, { asOf: '2026-01-12', filePath: 'notices/draft.yaml' });
  const sentence = 'send it by 2026-02-16 at the latest, for the 28 days of notice it needs';

  it('passes the notice period, and notice-period says by when it must be sent', () => {
    const notice = report.results[0]!.criteria.find((criterion) => criterion.rule === 'notice-period');
    expect(notice).toMatchObject({ status: 'pass', evidence: { sendBy: '2026-02-16', requiredDays: 28 } });
  });

  it('is told its latest send date in every format', async () => {
    expect(await render('stylish', report)).toContain(`  Draft: ${sentence}\n`);
    expect(micromark(await render('markdown', report), { extensions: [gfm()], htmlExtensions: [gfmHtml()] })).toContain(`<strong>Draft:</strong> ${sentence}.`);
    expect(await render('html', report)).toContain(`<p class="draft"><strong>Draft:</strong> ${sentence}.</p>`);
    expect(await render('github', report)).toContain(`::notice file=notices/draft.yaml,title=Draft::${report.results[0]!.title}: ${sentence}\n`);
    expect(await render('junit', report)).toContain('<property name="latestSendDate" value="2026-02-16"/>');
    expect(JSON.parse(await render('sarif', report)).runs[0].properties.announcements[0].latestSendDate).toBe('2026-02-16');
    // json is the report as it is: the date is notice-period's evidence.
    expect(JSON.parse(await render('json', report)).results[0].criteria[0].evidence.sendBy).toBe('2026-02-16');
  });

  it('that fails its notice is told by the finding instead, and an issued announcement not at all', async () => {
    const late = lintText(draft, { asOf: '2026-03-01' });
    const issued = lintText(fixture(PASSING), { asOf: '2026-01-12' });
    for (const format of FORMAT_NAMES) {
      expect(await render(format, late)).not.toContain('at the latest, for the');
      expect(await render(format, issued)).not.toContain('at the latest, for the');
    }
    // Its latest send date (2026-02-16) is past on 2026-03-01: the remedy moves the meeting instead.
    expect(late.results[0]!.findings.find((finding) => finding.rule === 'notice-period')!.remedy).toBe('move the meeting to 2026-03-29 or later');
  });
});

describe('the --as-of date', () => {
  it('is mentioned only when some announcement is a draft', async () => {
    const issued = buildReport(lintFixture(WSIS_2005), AS_OF);
    const withDraft = buildReport([...lintFixture(WSIS_2005), ...lintText(variant(PASSING, { issued: undefined }), { asOf: AS_OF }).results], AS_OF);
    for (const format of ['markdown', 'html'] as const) {
      expect(await render(format, issued)).not.toContain('taken to be sent on');
      expect(await render(format, withDraft)).toContain(`taken to be sent on ${AS_OF}.`);
    }
    expect(await render('stylish', issued)).not.toContain(`as of ${AS_OF}`);
    expect(await render('stylish', withDraft)).toContain(`, as of ${AS_OF})\n`);
  });
});

describe('JUnit suite names', () => {
  it('are unique: the file and the document, not only the title', async () => {
    const text = `${fixture(WSIS_2005)}---\n${fixture(WSIS_2005)}`;
    const results = ['a.yaml', 'b.yaml'].flatMap((file) => lintText(text, { asOf: AS_OF, filePath: file }).results);
    const suites: Parsed[] = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' }).parse(
      await render('junit', buildReport(results, AS_OF)),
    ).testsuites.testsuite;
    const names = suites.map((suite) => suite.name);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    expect(names[3]).toBe(`${results[3]!.title} (b.yaml, document 2)`);
  });
});

describe('--quiet', () => {
  it('counts in its summary the warnings it hid', () => {
    const wsis = `fixtures/${WSIS_2005}`;
    const warnings = buildReport(lintFixture(WSIS_2005), AS_OF).summary.warnings;
    expect(warnings).toBeGreaterThan(1);
    const stylish = runCli([wsis, '--as-of', AS_OF, '--quiet']).stdout;
    expect(stylish).not.toMatch(/ warning {2}/);
    expect(stylish).toContain(`, ${warnings} warnings not shown (--quiet) (1 file, 1 announcement)`);
    expect(runCli([wsis, '--as-of', AS_OF, '--quiet', '-f', 'markdown']).stdout).toContain(`, ${warnings} warnings not shown (--quiet) and 0 waived`);
    expect(runCli([wsis, '--as-of', AS_OF, '--quiet', '-f', 'html']).stdout).toContain(`, ${warnings} warnings not shown (--quiet) and 0 waived`);
    expect(runCli([wsis, '--as-of', AS_OF]).stdout).toContain(`, ${warnings} warnings (1 file`);
  }, 60_000);

  it('says nothing of warnings it did not hide', async () => {
    expect(await render('stylish', buildReport(lintFixture(WSIS_2005), AS_OF))).not.toContain('not shown');
    expect(CONTEXT.hiddenWarnings).toBeUndefined();
  });
});
