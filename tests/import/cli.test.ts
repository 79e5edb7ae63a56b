// The real binary: `invitelint import`, and invitations linted directly with findings at their source lines;
// hostile invitations are a finding at a line and a non-zero exit, never a stack trace.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInvitation } from '../../src/import/index.js';
import { ROOT, runCli } from '../helpers.js';

const FOLDER = 'fixtures/import';
const AS_OF = ['--as-of', '2026-01-05', '--no-config-lookup'];
const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'invitelint-import-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('invitelint import', () => {
  it('prints the draft on standard output and exits 0', () => {
    const run = runCli(['import', `${FOLDER}/outlook-windows-zone-base64-calendar.eml`]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Draft announcement imported by `invitelint import`/);
    expect(run.stdout).toMatch(/^ {2}timezone: Europe\/Zurich {2}# from DTSTART TZID \(line \d+ of the encoded calendar part\), Outlook's "W\. Europe Standard Time" mapped for the venue's country CH, line \d+$/m);
  });

  it('-o writes the file, and refuses to overwrite it without --force', () => {
    const target = path.join(work, 'notice.yaml');
    const first = runCli(['import', `${FOLDER}/zoom-weekly-rrule-online.ics`, '-o', target]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^wrote .*notice\.yaml: a draft with \d+ facts from the invitation and \d+ to state/);
    expect(readFileSync(target, 'utf8')).toContain('timezone: America/Sao_Paulo');
    const again = runCli(['import', `${FOLDER}/cancelled-invitation.ics`, '-o', target]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists; choose another name, or use --force to overwrite it/);
    expect(readFileSync(target, 'utf8')).toContain('timezone: America/Sao_Paulo');
    const forced = runCli(['import', `${FOLDER}/cancelled-invitation.ics`, '-o', target, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('kind: cancelled');
  });

  it('says why an invitation cannot be imported, at its line, and exits 2', () => {
    const run = runCli(['import', `${FOLDER}/hostile/invalid-dtstart.ics`]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`invitelint: ${FOLDER}/hostile/invalid-dtstart.ics:6: the calendar cannot be read: DTSTART: Could not extract integer from "at"\n`);
  });

  it('prints nothing a terminal acts on, and keeps a waiver written in the invitation out of the comments', () => {
    const run = runCli(['import', `${FOLDER}/hostile/escape-sequences-in-summary.ics`]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(ESCAPES);
    // The sender's text stays inside the quoted value; no comment the draft writes carries a directive.
    for (const line of run.stdout.split('\n')) expect(line.slice(line.lastIndexOf('"') + 1)).not.toMatch(/invitelint-disable/);
    expect(run.stdout).toContain('# invitelint-disable notice-period -- x"');
  });
});

describe('linting invitations directly', () => {
  it('places each finding at the line of the property its field came from, or at line 1', async () => {
    const file = `${FOLDER}/conference-rfc7986-hybrid.ics`;
    const run = runCli([file, ...AS_OF, '-f', 'json']);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout).results;
    const imported = await importInvitation(readFileSync(path.join(ROOT, file)), { fileName: file });
    const lines = readFileSync(path.join(ROOT, file), 'latin1').split('\n');
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) {
      const entry = imported.sourceMap.entries.find((each) => each.path === finding.path);
      expect(finding.line).toBe(entry?.source.line ?? 1);
      expect(finding.line).toBeLessThanOrEqual(lines.length);
    }
  });

  it('a rule finding about a filled field lands on its header: notice counted from the Date header of the e-mail', () => {
    const run = runCli([`${FOLDER}/outlook-windows-zone-base64-calendar.eml`, ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {2}8:1 +error +announced 14 days before a meeting at a venue .* on 2026-03-10; at least 56 are needed +notice-period$/m);
    expect(readFileSync(path.join(ROOT, FOLDER, 'outlook-windows-zone-base64-calendar.eml'), 'utf8').split('\n')[7]).toMatch(/^Date: /);
    // A fact the e-mail does not hold is not stated, at line 1.
    expect(run.stdout).toMatch(/^ {2}1:1 +error +the participation level is not stated/m);
    expect(run.stdout).toMatch(/\? not stated +Format clarity/);
  });

  it('a hostile invitation is a finding at its line and exit 1; the other files are still reported', () => {
    const run = runCli([`${FOLDER}/hostile/invalid-dtstart.ics`, `${FOLDER}/hostile/broken-mime-truncated.eml`, `${FOLDER}/hostile/deeply-nested-multipart.eml`, `${FOLDER}/hostile/mail-without-calendar.eml`, `${FOLDER}/hostile/not-a-calendar.ics`, 'fixtures/wsis-2005-informal-consultations.yaml', ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/invalid-dtstart\.ics\n {2}\(untitled\)\n {2}6:1 +error +the calendar cannot be read: DTSTART: /);
    expect(run.stdout).toMatch(/broken-mime-truncated\.eml\n {2}\(untitled\)\n {2}8:1 +error +the calendar cannot be read: BEGIN:VCALENDAR is never ended/);
    expect(run.stdout).toMatch(/deeply-nested-multipart\.eml\n {2}\(untitled\)\n {2}1:1 +error +the e-mail cannot be read: Maximum MIME nesting depth/);
    expect(run.stdout).toMatch(/mail-without-calendar\.eml\n {2}\(untitled\)\n {2}1:1 +error +the e-mail holds no invitation/);
    expect(run.stdout).toContain('Informal consultations on WSIS implementation and follow-up');
    expect(run.stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('a file over 10 MB and a line folded 200,000 times: a finding, or a draft, never a crash', async () => {
    const big = path.join(work, 'big.eml');
    writeFileSync(big, `Subject: big\r\nContent-Type: text/plain\r\n\r\n${'x'.repeat(10 * 1024 * 1024 + 10)}\r\n`);
    const folded = path.join(work, 'folded.ics');
    const description = `DESCRIPTION:${'abcdefghij'.repeat(7)}${'\r\n abcdefghij'.repeat(200_000)}`;
    writeFileSync(folded, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:f', 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=Europe/Paris:20260310T100000', 'DURATION:PT1H', description, 'SUMMARY:Folded', 'LOCATION:Paris\\, France', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
    const run = runCli([big, folded, ...AS_OF, '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const [bigResult, foldedResult] = JSON.parse(run.stdout).results;
    expect(bigResult.findings[0].message).toMatch(/the file is larger than 10 MB/);
    expect(foldedResult.title).toBe('Folded');
    // SUMMARY comes after the 200,000 continuation lines of DESCRIPTION (line 9).
    const imported = await importInvitation(readFileSync(folded), { fileName: 'folded.ics' });
    expect(imported.sourceMap.entries.find((entry) => entry.path === 'title')?.source.line).toBe(200_010);
  });

  it('a folder walk leaves invitations out (as before); naming them, or a glob that names them, lints them', () => {
    const folder = path.join(work, 'mixed');
    cpSync(path.join(ROOT, FOLDER, 'cancelled-invitation.ics'), path.join(folder, 'cancelled-invitation.ics'));
    cpSync(path.join(ROOT, 'fixtures/wsis-2005-informal-consultations.yaml'), path.join(folder, 'wsis.yaml'));
    const files = (args: string[]) => (JSON.parse(runCli([...args, ...AS_OF, '-f', 'json'], { cwd: work }).stdout).results as { file: string }[]).map((result) => result.file);
    expect(files(['mixed'])).toEqual(['mixed/wsis.yaml']);
    expect(files(['mixed/*'])).toEqual(['mixed/wsis.yaml']);
    expect(files(['mixed/*.ics'])).toEqual(['mixed/cancelled-invitation.ics']);
    expect(files(['mixed/cancelled-invitation.ics', 'mixed'])).toEqual(['mixed/cancelled-invitation.ics', 'mixed/wsis.yaml']);
  });
});

describe('start-up', () => {
  it('a lint run of announcements never loads the import: it runs without dist/import.cjs, which only invitations need', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'invitelint-noimport-'));
    try {
      cpSync(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true });
      cpSync(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true, filter: (file) => !file.endsWith('.cache') && !file.endsWith('import.cjs') });
      cpSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      expect(existsSync(path.join(copy, 'dist/import.cjs'))).toBe(false);
      const bin = path.join(copy, 'bin/invitelint.js');
      const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args, ...AS_OF], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INVITELINT_CODE_CACHE: 'off' } });
      const yaml = run('fixtures/wsis-2005-informal-consultations.yaml');
      expect(yaml.stderr).toBe('');
      expect(yaml.status).toBe(1);
      const invitation = run(`${FOLDER}/cancelled-invitation.ics`);
      expect(invitation.status).toBe(2);
      expect(invitation.stderr).toMatch(/cancelled-invitation\.ics: internal error: Cannot find module '\.\/import\.cjs'/);
      // And the command's own bundle holds none of the import's libraries.
      expect(readFileSync(path.join(ROOT, 'dist/cli.cjs'), 'utf8')).not.toMatch(/WINDOWS_TO_IANA_MAP|postal-mime|RecurExpansion/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
