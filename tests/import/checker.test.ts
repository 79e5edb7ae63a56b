// The offline checker page opens a received invitation (.eml, .ics) as a draft, in real headless Chromium,
// with no connection: the import runs in the page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from '../browser/chromium.js';
import { ROOT, runCli } from '../helpers.js';

let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launch();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'invitelint-checker-import-')), 'checker.html');
  expect(runCli(['web', '-o', file]).status).toBe(0);
  url = pathToFileURL(file).href;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the checker page and invitations', () => {
  it('an opened .eml becomes the draft, with its local times and zone; one that cannot be read says why', async () => {
    const { page, requests, errors } = await openPage(browser, url);
    await page.locator('#file').setInputFiles(path.join(ROOT, 'fixtures/import/outlook-windows-zone-base64-calendar.eml'));
    await page.waitForFunction(() => (document.getElementById('announcement') as HTMLTextAreaElement).value.includes('timezone: Europe/Zurich'));
    const draft = await page.locator('#announcement').inputValue();
    expect(draft).toMatch(/^ {2}start: 2026-03-10T15:00 {2}# from DTSTART/m);
    expect(draft).toContain('#   - invitees:');
    await page.locator('#file').setInputFiles(path.join(ROOT, 'fixtures/import/hostile/mail-without-calendar.eml'));
    await page.waitForFunction(() => document.getElementById('message')!.textContent!.includes('cannot be imported'));
    expect(await page.locator('#message').textContent()).toMatch(/mail-without-calendar\.eml cannot be imported: line 1: the e-mail holds no invitation/);
    expect(errors).toEqual([]);
    expect(requests.every((request) => request.startsWith('file://'))).toBe(true);
  });
});
