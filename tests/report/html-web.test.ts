// `invitelint web [-o FILE]`: the offline checker page as a file. Its script is the only one allowed to run
// (the page's Content-Security-Policy names it by hash) and it may connect nowhere. The browser tests
// (tests/browser/) run it in Chromium.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const tempFolder = () => mkdtempSync(path.join(tmpdir(), 'invitelint-web-'));

describe('invitelint web', () => {
  it('writes invitelint-checker.html by default, and says what it is', () => {
    const cwd = tempFolder();
    const run = runCli(['web'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^wrote invitelint-checker\.html \(\d+ KB\): open it in any browser, even offline; it checks pasted announcements without sending them anywhere\n$/);
    expect(existsSync(path.join(cwd, 'invitelint-checker.html'))).toBe(true);
  });

  it('writes one self-contained page whose only script is its own, allowed by hash, with no connection allowed', () => {
    const file = path.join(tempFolder(), 'checker.html');
    expect(runCli(['web', '-o', file]).status).toBe(0);
    const page = readFileSync(file, 'utf8');
    const scripts = [...page.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const [, attributes, script] = scripts[0]!;
    expect(attributes).toBe('');
    expect(script!.length).toBeGreaterThan(10_000);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
    const hash = createHash('sha256').update(script!).digest('base64');
    expect(policy).toBe(
      `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'`,
    );
    // Nothing is loaded from anywhere.
    expect(page).not.toMatch(/<(?:link|img|iframe|object|embed)\b|<script[^>]*\ssrc=/i);
    // The controls the issue names, labelled.
    expect(page).toContain('<label for="announcement">Announcement (YAML)</label>');
    expect(page).toContain('<textarea id="announcement"');
    expect(page).toMatch(/<label for="file">Open a file<\/label><input type="file" id="file"/);
    expect(page).toMatch(/<label for="preset">Preset<\/label><select id="preset"/);
    expect(page).toContain('<button type="submit" id="check">Check</button>');
  });

  it('prints the page with -o -', () => {
    const run = runCli(['web', '-o', '-']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('exits 2 with a plain message when the file cannot be written', () => {
    const run = runCli(['web', '-o', path.join(tempFolder(), 'no-such-folder', 'checker.html')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^invitelint: cannot write .*checker\.html: its folder does not exist\n$/);
    expect(run.stdout).toBe('');
  });
});
