// Issue 22: the checker page starts in the browser's language and has a language choice; the report and the rule
// pages follow it. Real headless Chromium, with the browser's language set as a user's would be.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, WSIS_2005 } from '../helpers.js';
import { launch } from './chromium.js';

let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launch();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'invitelint-locale-')), 'checker.html');
  expect(runCli(['web', '-o', file]).status).toBe(0);
  url = pathToFileURL(file).href;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function pageIn(locale: string) {
  const context = await browser.newContext({ locale, offline: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, context, errors };
}

describe('the checker page in the browser’s language', () => {
  it('starts in French for a French browser, and the report is French', async () => {
    const { page, context, errors } = await pageIn('fr-FR');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('#locale').inputValue()).toBe('fr');
    expect(await page.locator('#page-heading').textContent()).toBe('Vérifier une annonce de réunion');
    await page.locator('#announcement').fill(fixture(WSIS_2005));
    await page.locator('#as-of').fill('2026-12-02');
    await page.locator('#check').click();
    const report = page.locator('#report');
    await expect.poll(() => report.textContent()).toContain('Délai de convocation');
    expect(await report.textContent()).toContain('2 mai 2005');
    expect(await page.getByRole('button', { name: /^Afficher la ligne \d+ du YAML$/ }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('switches to Spanish with the language choice: the page, the report and the rule pages', async () => {
    const { page, context, errors } = await pageIn('fr-FR');
    await page.locator('#announcement').fill(fixture(WSIS_2005));
    await page.locator('#check').click();
    await page.locator('#locale').selectOption('es');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('#page-heading').textContent()).toBe('Revisar un anuncio de reunión');
    expect(await page.locator('label[for="example"]').textContent()).toBe('Ejemplo');
    await expect.poll(() => page.locator('#report').textContent()).toContain('Plazo de convocatoria');
    await page.locator('#report a[href="#rule-notice-period"]').first().click();
    expect(await page.locator('#rule-dialog-title').textContent()).toBe('Plazo de convocatoria');
    expect(await page.locator('#rule-dialog-body').textContent()).toContain('Por qué');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('starts in English for a browser language it does not speak', async () => {
    const { page, context } = await pageIn('de-DE');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#page-heading').textContent()).toBe('Check a meeting announcement');
    await context.close();
  }, 60_000);
});
