// The HTML report and the offline checker page in real headless Chromium: a person's view of them. The
// scorecard the browser shows must be the engine's, the checker must check pasted and opened announcements
// with no network at all, and the screenshots in the README come from here
// (written to tests/screenshots/ only when INVITELINT_SCREENSHOTS=tests/screenshots asks: a test run changes no file).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/engine/types.js';
import { buildReport } from '../../src/engine/report.js';
import { lintText, RULES } from '../../src/index.js';
import { loadFormatter } from '../../src/report/format.js';
import { fixture, PASSING, ROOT, runCli, variant, WSIS_2005, STATUS_LABELS } from '../helpers.js';
import { launch, openPage } from './chromium.js';

const AS_OF = '2026-01-05';

let browser: Browser;
let folder: string;
/** Where the screenshots go (see above): a temporary folder unless INVITELINT_SCREENSHOTS names one. */
let screenshots: string;

beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(path.join(tmpdir(), 'invitelint-browser-'));
  const asked = process.env.INVITELINT_SCREENSHOTS;
  screenshots = asked ? path.resolve(ROOT, asked) : path.join(folder, 'screenshots');
  mkdirSync(screenshots, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** What the browser shows in each scorecard: `criterion: status label`, one per row. */
async function scorecards(page: Page): Promise<string[][]> {
  return page.locator('table.scorecard').evaluateAll((tables) =>
    tables.map((table) =>
      [...table.querySelectorAll('tbody tr')].map((row) => `${row.querySelector('th')!.textContent}: ${row.querySelector('.status')!.textContent}`),
    ),
  );
}

const expected = (report: LintReport) => report.results.map((result) => result.criteria.map((c) => `${c.criterion}: ${STATUS_LABELS[c.status]}`));

describe('the HTML report in Chromium', () => {
  it('shows the 2005 scorecard, the timeline and the findings, loading nothing', async () => {
    const file = path.join(folder, 'report.html');
    const wsis = path.join(ROOT, 'fixtures', WSIS_2005);
    const passing = path.join(ROOT, 'fixtures', PASSING);
    expect(runCli([wsis, passing, '--as-of', AS_OF, '--format', 'html', '-o', file]).status).toBe(1);
    const url = pathToFileURL(file).href;
    const { page, requests, errors, context } = await openPage(browser, url);

    const report = lintText(fixture(WSIS_2005), { asOf: AS_OF });
    const [shown] = await scorecards(page);
    expect(shown).toEqual(expected(report)[0]);
    expect(shown).toContain('Notice period: ✖ fail');
    // The status column is readable without colour, and the colour is there too.
    const failColour = await page.locator('table.scorecard .status-fail').first().evaluate((el) => getComputedStyle(el).color);
    const passColour = await page.locator('table.scorecard .status-pass').first().evaluate((el) => getComputedStyle(el).color);
    expect(failColour).not.toBe(passColour);
    // The timeline has an accessible name and description, and marks the shortfall.
    const timeline = page.getByRole('img', { name: /^Timeline: / }).first();
    await expect(timeline.getAttribute('aria-labelledby')).resolves.toBe('doc-1-timeline-title doc-1-timeline-desc');
    expect(await page.locator('#doc-1-timeline-desc').textContent()).toContain('The notice is 42 days short.');
    expect(await timeline.locator('text', { hasText: '42 days short' }).count()).toBe(1);
    // The passing hybrid announcement has a time-zone strip with every zone within the window.
    const zoneRows = page.locator('section.announcement').nth(1).locator('table.zones tbody tr');
    expect(await zoneRows.count()).toBe(7);
    expect(await zoneRows.locator('.status-pass').count()).toBe(7);
    // A finding's criterion link opens its rule page, inside the same file.
    await page.locator('ol.findings a[href="#rule-notice-period"]').first().click();
    await expect.poll(() => page.locator('#rule-notice-period h3').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(100);
    expect(await page.locator('#rule-notice-period').innerText()).toContain('The invitation must reach invitees early enough');
    expect(page.url()).toBe(`${url}#rule-notice-period`);

    await page.goto(url);
    await page.screenshot({ path: path.join(screenshots, 'report.png'), clip: { x: 0, y: 0, width: 1100, height: 1250 }, fullPage: true });
    expect(errors).toEqual([]);
    // The page itself (loaded twice) and nothing else: no stylesheet, font, image or script.
    expect(requests).toEqual([url, url]);
    await context.close();
  }, 60_000);
  it('draws every window label inside its bar, or wholly beside it, and never off the drawing', async () => {
    // The further the decision, the narrower each window's bar: 2005's own dates, then a decision two and
    // twenty years on, where a label that began inside its bar used to run across its end.
    const reports = ['2005-09-19', '2007-09-19', '2025-09-19'].map((date) =>
      lintText(variant(WSIS_2005, { 'framework.feeds_into.date': date }), { asOf: AS_OF, filePath: `wsis-${date}.yaml` }),
    );
    const results = [...lintText(fixture(PASSING), { asOf: AS_OF }).results, ...reports.flatMap((report) => report.results)];
    const html = (await loadFormatter('html'))(buildReport(results, AS_OF), { color: false, rules: RULES });
    const file = path.join(folder, 'timelines.html');
    writeFileSync(file, html);
    const { page, context } = await openPage(browser, pathToFileURL(file).href);
    const labels = await page.locator('figure.timeline svg').evaluateAll((svgs) =>
      svgs.flatMap((svg, drawing) => {
        const width = (svg as SVGSVGElement).viewBox.baseVal.width;
        const bars = [...svg.querySelectorAll<SVGRectElement>('rect.window')].map((rect) => rect.getBBox());
        return [...svg.querySelectorAll<SVGTextElement>('text.window-label')].map((text) => {
          const box = text.getBBox();
          // A label sits in the row of the bar whose top is just above it.
          const bar = bars.find((candidate) => candidate.y <= box.y && box.y + box.height <= candidate.y + candidate.height + 2)!;
          const left = box.x;
          const right = box.x + box.width;
          const barRight = bar.x + bar.width;
          const inside = left >= bar.x && right <= barRight;
          const beside = right <= bar.x || left >= barRight;
          return { drawing, text: text.textContent, inside, beside, onDrawing: left >= 0 && right <= width };
        });
      }),
    );
    expect(labels.length).toBeGreaterThanOrEqual(6);
    for (const label of labels) {
      expect(label.inside || label.beside, `${label.drawing}: ${label.text}`).toBe(true);
      expect(label.onDrawing, `${label.drawing}: ${label.text}`).toBe(true);
    }
    // Where there is room the label is in its bar; where there is none, beside it.
    expect(labels.some((label) => label.inside)).toBe(true);
    expect(labels.some((label) => label.beside)).toBe(true);
    await context.close();
  }, 60_000);
});

describe('the offline checker page in Chromium', () => {
  it('checks a pasted failing and passing announcement, an opened file and a preset, with no network request', async () => {
    const file = path.join(folder, 'invitelint-checker.html');
    expect(runCli(['web', '-o', file]).status).toBe(0);
    const url = pathToFileURL(file).href;
    const { page, requests, errors, context } = await openPage(browser, url);

    const textArea = page.getByLabel('Announcement (YAML)');
    const check = page.getByRole('button', { name: 'Check' });
    await page.getByLabel('Drafts (no issued) are sent on').fill(AS_OF);

    // A failing announcement: the 2005 invitation.
    await textArea.fill(fixture(WSIS_2005));
    await check.click();
    expect(await scorecards(page)).toEqual(expected(lintText(fixture(WSIS_2005), { asOf: AS_OF })));
    expect(await page.locator('#report #doc-1-heading').textContent()).toBe('Informal consultations on WSIS implementation and follow-up');
    expect(await page.locator('#report .origin').textContent()).toBe('pasted announcement: 10 errors, 8 warnings, 0 waived.');

    // A passing one: every criterion passes.
    await textArea.fill(fixture(PASSING));
    await check.click();
    const [passing] = await scorecards(page);
    expect(passing).toEqual(expected(lintText(fixture(PASSING), { asOf: AS_OF }))[0]);
    expect(passing!.every((row) => row.endsWith(': ✔ pass'))).toBe(true);

    // A preset changes the verdict as it does on the command line (--preset strict).
    await page.getByLabel('Preset').selectOption('strict');
    await check.click();
    expect(await scorecards(page)).toEqual(expected(lintText(fixture(PASSING), { asOf: AS_OF, config: { extends: ['recommended', 'strict'] } })));
    await page.getByLabel('Preset').selectOption('recommended');

    // Opening a file from disk fills the text area and names the report after the file.
    const onDisk = path.join(folder, 'received-2005.yaml');
    writeFileSync(onDisk, fixture(WSIS_2005));
    await page.getByLabel('Open a file').setInputFiles(onDisk);
    await expect.poll(() => textArea.inputValue()).toBe(fixture(WSIS_2005));
    await check.click();
    expect(await page.locator('#report .origin').textContent()).toBe('received-2005.yaml: 10 errors, 8 warnings, 0 waived.');
    // Once the text is edited it is no longer the file's.
    await textArea.press('End');
    await textArea.press('Enter');
    expect(await page.getByLabel('Open a file').inputValue()).toBe('');
    await check.click();
    expect(await page.locator('#report .origin').textContent()).toBe('pasted announcement: 10 errors, 8 warnings, 0 waived.');

    // Text that tries to be markup stays text.
    await textArea.fill('format_version: 1\ntitle: "<img src=x onerror=alert(1)><script>alert(2)</script>"\n');
    await check.click();
    expect(await page.locator('#report #doc-1-heading').textContent()).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(await page.locator('#report img, #report script').count()).toBe(0);

    expect(errors).toEqual([]);
    // The page may not connect anywhere: its own policy stops a request before it is made.
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective));
          fetch('http://127.0.0.1:9/').catch(() => undefined);
        }),
    );
    expect(violated).toBe('connect-src');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => /Content Security Policy/.test(error))).toBe(true);
    errors.length = 0;

    // The screenshot for the README: the 2005 invitation, checked.
    await textArea.fill(fixture(WSIS_2005));
    await check.click();
    await textArea.evaluate((area) => (area.scrollTop = 0));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshots, 'checker.png'), clip: { x: 0, y: 0, width: 1100, height: 1250 }, fullPage: true });

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await context.close();
  }, 90_000);
});
