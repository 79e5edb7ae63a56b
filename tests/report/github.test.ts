// GitHub workflow commands: one annotation a finding, nothing else, and no way for announcement text to
// start, end or alter a command. The output is read back the way the runner reads it.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/report.js';
import type { LintReport } from '../../src/engine/types.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { PASSING, runCli, WSIS_2005 } from '../helpers.js';
import { allFindings, AS_OF, HOSTILE, lintFixture, mixedReport, render } from './reports.js';

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) => unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Reads standard output as the runner does: each line that starts with `::` is a command, `::name props::message`. */
function readCommands(stdout: string): WorkflowCommand[] {
  const lines = stdout.split(/\r\n|\n|\r/);
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const match = /^::([a-z-]+)(?: ([^]*?))?::([^]*)$/.exec(line);
    expect(match, `not a workflow command: ${line}`).not.toBeNull();
    const properties: Record<string, string> = {};
    for (const pair of (match![2] ?? '').split(',').filter(Boolean)) {
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
    return { command: match![1]!, properties, message: unescapeData(match![3]!) };
  });
}

/** The 2005 invitation with every text a finding carries replaced by an injection attempt. */
function hijackReport(): LintReport {
  const attack = '100% done\r\n::error file=evil.yaml,line=1::hijacked\n::add-mask::secret, a: b %0A::set-output name=x::y';
  const results = lintFixture(WSIS_2005, { filePath: 'notices/a,b:c%0A\n::error::d.yaml' }).map((result) => ({
    ...result,
    findings: result.findings.map((finding) => ({
      ...finding,
      message: attack,
      remedy: `remedy ${attack}`,
      source: `norm ${attack}`,
      waived: { reason: `reason ${attack}`, origin: 'inline' as const },
    })),
  }));
  return buildReport(results, AS_OF);
}

describe('github', () => {
  it('escapes exactly as GitHub toolkit does', () => {
    expect(escapeData('50% of\r\nall')).toBe('50%25 of%0D%0Aall');
    expect(escapeData('a: b, c')).toBe('a: b, c');
    expect(escapeProperty('50% of\r\nall: b, c')).toBe('50%25 of%0D%0Aall%3A b%2C c');
    // `%` first: a literal %0A stays text rather than becoming a line break when the runner unescapes.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('prints one annotation per finding with file, position and title, and nothing else', async () => {
    const report = buildReport(lintFixture(WSIS_2005), AS_OF);
    const commands = readCommands(await render('github', report));
    const findings = allFindings(report);
    expect(commands).toHaveLength(findings.length);
    commands.forEach((command, i) => {
      const finding = findings[i]!;
      expect(command.command).toBe(finding.severity === 'error' ? 'error' : 'warning');
      expect(command.properties).toEqual({
        file: `fixtures/${WSIS_2005}`,
        line: String(finding.line),
        col: String(finding.column),
        endLine: String(finding.endLine),
        endColumn: String(finding.endColumn),
        title: expect.stringContaining(`(${finding.rule})`),
      });
      expect(command.message.split('\n')).toEqual([finding.message, `Remedy: ${finding.remedy}`, `Norm: ${finding.source}`]);
    });
  });

  it('uses ::warning for warn severity and ::notice, with the reason, for waived findings', async () => {
    const commands = readCommands(await render('github', mixedReport()));
    const hostile = commands.filter((command) => command.properties.file === `fixtures/${HOSTILE}` && command.properties.title === 'Notice period (notice-period)');
    expect(hostile.map((command) => command.command)).toEqual(['warning']);
    const waived = commands.filter((command) => command.properties.file === 'notices/closed/waived-by-config.yaml');
    expect(waived.length).toBeGreaterThan(0);
    expect(waived.every((command) => command.command === 'notice')).toBe(true);
    expect(waived.map((command) => command.properties.title)).toContain('Notice period (notice-period), waived');
    expect(waived[0]!.message).toContain('Waived: Closed session under rule 61, see https://evil.example <b>x</b> | y ::error::z');
  });

  it('cannot be hijacked: injected line breaks, commands, % sequences, commas and colons stay text', async () => {
    const report = hijackReport();
    const stdout = await render('github', report);
    const commands = readCommands(stdout);
    expect(commands).toHaveLength(allFindings(report).length);
    expect(commands.every((command) => command.command === 'notice')).toBe(true);
    const [command] = commands;
    // The properties are the six we set, the file name comes back whole, and the message keeps its four lines.
    expect(Object.keys(command!.properties)).toEqual(['file', 'line', 'col', 'endLine', 'endColumn', 'title']);
    expect(command!.properties.file).toBe('notices/a,b:c%0A\n::error::d.yaml');
    const flat = '100% done ::error file=evil.yaml,line=1::hijacked ::add-mask::secret, a: b %0A::set-output name=x::y';
    expect(command!.message.split('\n')).toEqual([flat, `Remedy: remedy ${flat}`, `Norm: norm ${flat}`, `Waived: reason ${flat}`]);
  });

  it('keeps schema messages that quote hostile field names inside their own annotation', async () => {
    const report = buildReport(lintFixture(HOSTILE), AS_OF);
    const commands = readCommands(await render('github', report));
    expect(commands).toHaveLength(allFindings(report).length);
    expect(commands.map((command) => command.command)).toEqual(allFindings(report).map((finding) => (finding.severity === 'error' ? 'error' : 'warning')));
    expect(commands.some((command) => command.message.startsWith('unknown field `note::error file=a,line=1::x <b>y</b>'))).toBe(true);
  });

  it('prints nothing at all for an announcement without findings, from the real CLI', () => {
    const passing = runCli([`fixtures/${PASSING}`, '--as-of', '2026-01-05', '-f', 'github']);
    expect(passing.stdout).toBe('');
    expect(passing.status).toBe(0);
    const failing = runCli([`fixtures/${HOSTILE}`, '--as-of', AS_OF, '-f', 'github']);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toBe('');
    expect(readCommands(failing.stdout)).toHaveLength(allFindings(buildReport(lintFixture(HOSTILE), AS_OF)).length);
  });
});
