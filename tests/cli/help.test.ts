// The top-level help says that `invitelint FILE` lints, and lists every lint option, as `lint --help` does.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

const help = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
/** Each option line's term (`-f, --format <name>`), from a help text's section. */
const optionTerms = (text: string, heading: string) => {
  const section = text.slice(text.indexOf(heading) + heading.length).split('\n\n')[0]!;
  return [...section.matchAll(/^ {2}(-\S.*?)(?: {2,}|$)/gm)].map((match) => match[1]!);
};

describe('invitelint --help', () => {
  it('says that invitelint PATH... lints, and lists the lint options of `lint --help`', () => {
    const top = help('--help');
    expect(top.status).toBe(0);
    expect(top.stdout.split('\n')[0]).toMatch(/^Usage: invitelint \[lint options\] PATH\.\.\. +lint files, folders and globs$/);
    const lintOptions = optionTerms(help('lint', '--help').stdout, 'Options:\n').filter((term) => term !== '-h, --help');
    expect(lintOptions).toEqual(expect.arrayContaining(['-f, --format <name>', '--max-warnings <n>', '--no-inline-waivers']));
    expect(optionTerms(top.stdout, 'Lint options (invitelint PATH... is invitelint lint PATH...):\n')).toEqual(lintOptions);
    // The commands and the top-level options are still there.
    for (const command of ['lint', 'rules', 'explain', 'init', 'import', 'print-config', 'schema', 'web', 'lsp']) expect(top.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(optionTerms(top.stdout, 'Options:\n')).toEqual(['-v, --version', '-h, --help']);
  });

  it('lints as it says: invitelint PATH is invitelint lint PATH', () => {
    const file = 'fixtures/wsis-2005-informal-consultations.yaml';
    const direct = help(file, '--as-of', '2026-01-05', '-f', 'json');
    const viaLint = help('lint', file, '--as-of', '2026-01-05', '-f', 'json');
    expect(direct.status).toBe(1);
    expect(direct.stdout).toBe(viaLint.stdout);
  });

  it('keeps each subcommand help of its own, without the lint section', () => {
    const explain = help('explain', '--help');
    expect(explain.stdout).toMatch(/^Usage: invitelint explain \[options\] \[rule\]$/m);
    expect(explain.stdout).not.toContain('Lint options');
  });
});
