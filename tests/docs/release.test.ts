// A release is tagged vX.Y.Z: the README's CI recipes name the tag of the package's version, and the
// changelog has that version's entry (docs/development.md, "Releases").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers.js';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };
const readme = read('README.md');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!) as unknown);

describe(`release v${version}`, () => {
  it('is the version the command reports', () => {
    const run = runCli(['--version']);
    expect(run.stdout).toBe(`${version}\n`);
    expect(JSON.parse(read('package-lock.json')).version).toBe(version);
  });

  it('is the tag the pre-commit recipe names', () => {
    const configs = yamlBlocks.filter((block): block is { repos: { rev: string; hooks: { id: string }[] }[] } =>
      Array.isArray((block as { repos?: unknown } | null)?.repos),
    );
    expect(configs).toHaveLength(1);
    expect(configs[0]!.repos[0]!.hooks[0]!.id).toBe('invitelint');
    expect(configs[0]!.repos[0]!.rev).toBe(`v${version}`);
  });

  it('is the tag the GitHub Action recipe names', () => {
    const uses = [...readme.matchAll(/uses: (\S+\/invitelint)@(\S+)/g)];
    expect(uses.length).toBeGreaterThanOrEqual(1);
    for (const match of uses) expect(match[2]).toBe(`v${version}`);
  });

  it('names no other release anywhere in the README: tags, tarballs and package versions', () => {
    const named = [...readme.matchAll(/(?:#v|@v|rev: v|invitelint-|invitelint@)(\d+\.\d+\.\d+)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(new Set(named)).toEqual(new Set([version]));
  });

  it('has its changelog entry, dated, with its link', () => {
    const changelog = read('CHANGELOG.md');
    const entry = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(changelog);
    expect(entry).not.toBeNull();
    expect(Number.isNaN(Date.parse(entry![1]!))).toBe(false);
    expect(changelog).toMatch(new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: \\S+v${version.replace(/\./g, '\\.')}$`, 'm'));
    // The newest entry comes first.
    expect(changelog.indexOf(`## [${version}]`)).toBe(changelog.search(/^## \[\d/m));
  });
});
