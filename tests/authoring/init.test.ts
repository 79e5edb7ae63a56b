// `invitelint init [FILE]` through the real binary: writes the template, never overwrites without --force.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { announcementSchemaFile } from '../../src/authoring/package-files.js';
import { ANNOUNCEMENT_TEMPLATE } from '../../src/authoring/template.js';
import { ROOT, runCli } from '../helpers.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'invitelint-init-'));
const withoutSchemaLine = (text: string) => text.split('\n').slice(1).join('\n');

describe('invitelint init', () => {
  it('writes announcement.yaml by default, which then lints with no finding', () => {
    const dir = tempDir();
    const run = runCli(['init'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('wrote announcement.yaml');
    const written = readFileSync(path.join(dir, 'announcement.yaml'), 'utf8');
    expect(withoutSchemaLine(written)).toBe(withoutSchemaLine(ANNOUNCEMENT_TEMPLATE));
    const lint = runCli(['announcement.yaml', '--as-of', '2027-01-04', '-f', 'json'], { cwd: dir });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(JSON.parse(lint.stdout).results[0].findings).toEqual([]);
  });

  it('points the $schema line at the schema shipped in the package, relative to the new file', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'notices'));
    expect(runCli(['init', 'notices/2027-03.yaml'], { cwd: dir }).status).toBe(0);
    const first = readFileSync(path.join(dir, 'notices/2027-03.yaml'), 'utf8').split('\n')[0]!;
    const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
    expect(ref).toBeDefined();
    expect(path.resolve(dir, 'notices', ref!)).toBe(path.join(ROOT, 'schema', 'announcement.schema.json'));
    expect(existsSync(path.resolve(dir, 'notices', ref!))).toBe(true);
    expect(announcementSchemaFile()).toBe(path.join(ROOT, 'schema', 'announcement.schema.json'));
  });

  it('refuses to overwrite an existing file (exit 2, file unchanged), and overwrites it with --force', () => {
    const dir = tempDir();
    const file = path.join(dir, 'mine.yaml');
    writeFileSync(file, 'title: my own work\n');
    const refused = runCli(['init', 'mine.yaml'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('invitelint: mine.yaml already exists; choose another name, or use --force to overwrite it\n');
    expect(readFileSync(file, 'utf8')).toBe('title: my own work\n');
    const forced = runCli(['init', 'mine.yaml', '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(withoutSchemaLine(readFileSync(file, 'utf8'))).toBe(withoutSchemaLine(ANNOUNCEMENT_TEMPLATE));
  });

  it('creates the folders the file needs, and points its $schema line from there', () => {
    const dir = tempDir();
    const run = runCli(['init', 'no/such/folder.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = readFileSync(path.join(dir, 'no/such/folder.yaml'), 'utf8');
    expect(withoutSchemaLine(written)).toBe(withoutSchemaLine(ANNOUNCEMENT_TEMPLATE));
    const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(written.split('\n')[0]!)![1]!;
    expect(path.resolve(dir, 'no/such', ref)).toBe(path.join(ROOT, 'schema', 'announcement.schema.json'));
  });

  it('says plainly when a part of the folder path is a file, and exits 2 without a stack trace', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes'), 'a file, not a folder\n');
    const run = runCli(['init', 'notes/2027.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('invitelint: cannot create the folder of notes/2027.yaml: a part of its folder path is a file\n');
  });

  it('ends with the command that lints the new file, with npx and installed globally', () => {
    const dir = tempDir();
    const run = runCli(['init', "drafts/Bureau's notice.yaml"], { cwd: dir });
    expect(run.status).toBe(0);
    const commands = [...run.stdout.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    const word = `'drafts/Bureau'\\''s notice.yaml'`;
    expect(commands).toEqual([`npx invitelint ${word}`, `invitelint ${word}`]);
    // The command, as a shell reads it, names the file that was written, and lints it.
    const argv = spawnSync('bash', ['-c', `printf '%s\\n' ${word}`], { encoding: 'utf8' }).stdout;
    expect(argv).toBe("drafts/Bureau's notice.yaml\n");
    const lint = runCli([argv.trim(), '--as-of', '2027-01-04', '-f', 'json'], { cwd: dir });
    expect(lint.status).toBe(0);
    expect(runCli(['init', 'plain.yaml'], { cwd: dir }).stdout).toContain('`npx invitelint plain.yaml` (or `invitelint plain.yaml`');
  });

  it('prints the template to standard output for -', () => {
    const run = runCli(['init', '-'], { cwd: tempDir() });
    expect(run.status).toBe(0);
    expect(withoutSchemaLine(run.stdout)).toBe(withoutSchemaLine(ANNOUNCEMENT_TEMPLATE));
    expect(run.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+announcement\.schema\.json$/);
  });
});
