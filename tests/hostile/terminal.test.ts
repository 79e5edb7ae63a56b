// No escape sequence from an announcement reaches standard output: stylish prints announcement text through
// terminalSafe whatever --color says (only the tool's own colours remain), and every other format escapes it.
import { describe, expect, it } from 'vitest';
import { terminalSafe, withoutControls } from '../../src/report/sanitize.js';
import { runCli } from '../helpers.js';

const FILE = 'fixtures/hostile/terminal-escapes.yaml';
const ARGS = ['--as-of', '2026-01-05', '--no-config-lookup'];
// What may never reach a terminal: C0 controls but tab and line feed, DEL, C1 controls, bidi controls.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// The colours chalk writes for the tool: SGR sequences only.
const SGR = /\u001b\[[0-9;]*m/g;

describe('terminal safety', () => {
  it('stylish with --color keeps only its own colour codes', () => {
    const run = runCli([FILE, ...ARGS, '--color']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(SGR); // colour is on
    expect(run.stdout.replace(SGR, '')).not.toMatch(UNSAFE);
    expect(run.stdout.replace(SGR, '')).toContain('Consultation red click   evil  end');
    expect(run.stdout.replace(SGR, '')).toContain('unknown field `key` in the announcement');
  });

  it('stylish without colour has no escape character at all', () => {
    for (const flag of ['--no-color', undefined]) {
      const run = runCli([FILE, ...ARGS, ...(flag ? [flag] : [])]);
      expect(run.stdout).not.toMatch(UNSAFE);
      expect(run.stdout).toContain('Consultation red click   evil  end');
      expect(run.stdout).not.toContain('pwned'); // an OSC sequence goes with its text (it sets the window title)
    }
  });

  it.each(['json', 'sarif', 'junit', 'github', 'markdown'])('%s writes no raw control or bidi character', (format) => {
    const run = runCli([FILE, ...ARGS, '-f', format, '--color']);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(UNSAFE);
  });

  it('json escapes what it keeps: the data parses back to the announcement text', () => {
    const run = runCli([FILE, ...ARGS, '-f', 'json']);
    const report = JSON.parse(run.stdout) as { results: { title: string }[] };
    expect(report.results[0]!.title).toContain('\u001b[2J');
    expect(report.results[0]!.title).toContain('\u202eevil');
    expect(run.stdout).toContain('\\u001b[2J');
    expect(run.stdout).toContain('\\u202eevil');
  });
});

describe('terminalSafe', () => {
  const cases: [string, string, string][] = [
    ['CSI colours and cursor moves', 'a\u001b[31mred\u001b[0m\u001b[2J\u001b[10;10Hb', 'aredb'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['OSC title, ended by BEL', 'a\u001b]0;title\u0007b', 'ab'],
    ['OSC hyperlink, ended by ST', 'a\u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\b', 'alinkb'],
    ['an OSC never ended', 'a\u001b]0;rest of the line', 'a'],
    ['DCS and APC strings', 'a\u001bPq#0;2;0;0;0\u001b\\b\u001b_payload\u001b\\c', 'abc'],
    ['a lone ESC and a two-character sequence', 'a\u001bcb\u001b', 'ab'],
    ['bell, backspace, NUL, DEL, C1', 'a\u0007\u0008\u0000\u007f\u0080\u0081b', 'ab'],
    ['an 8-bit DCS string', 'a\u0090payload\u009cb', 'ab'],
    ['bidi overrides and isolates', 'a\u202eevil\u202c\u2066x\u2069\u200fb', 'aevilxb'],
    ['line breaks of every kind become spaces', 'a\r\nb\rc\nd\u2028e\u0085f', 'a b c d e f'],
    ['tabs become spaces', 'a\tb', 'a b'],
    ['ordinary text stays as it is', 'Genève — 会議 🙂 <b> %0A', 'Genève — 会議 🙂 <b> %0A'],
  ];
  it.each(cases)('%s', (_what, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('withoutControls keeps tabs and makes every line break a \\n', () => {
    expect(withoutControls('a\tb\r\nc\u2028d\u001b[1me\u202e')).toBe('a\tb\nc\nde');
  });
});
