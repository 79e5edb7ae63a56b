// Issue 19: the checker page as a form, for people who do not write YAML, in real headless Chromium. A person fills
// in a real invitation (the 2005 WSIS consultation) by label, with the keyboard only, and reads the scorecard; the
// form and the YAML follow each other; errors lead to their field and their line; rule pages open on demand; the
// report prints without the form; and axe-core finds no serious or critical accessibility violation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { ANNOUNCEMENT_TEMPLATE } from '../../src/authoring/template.js';
import { fixture, PASSING, ROOT, runCli, STATUS_LABELS, WSIS_2005 } from '../helpers.js';
import { launch, openPage } from './chromium.js';

const AS_OF = '2026-01-05';
let browser: Browser;
let folder: string;
let url: string;

beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(path.join(tmpdir(), 'invitelint-form-'));
  const file = path.join(folder, 'checker.html');
  expect(runCli(['web', '-o', file]).status).toBe(0);
  url = pathToFileURL(file).href;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function scorecard(page: Page): Promise<string[]> {
  return page
    .locator('#report table.scorecard')
    .first()
    .evaluate((table) => [...table.querySelectorAll('tbody tr')].map((row) => `${row.querySelector('th')!.textContent}: ${row.querySelector('.status')!.textContent}`));
}

const expectedScorecard = (text: string) => lintText(text, { asOf: AS_OF }).results[0]!.criteria.map((c) => `${c.criterion}: ${STATUS_LABELS[c.status]}`);

/** Focuses a control and types into it, as a person with a keyboard does. */
async function type(control: Locator, text: string): Promise<void> {
  await control.focus();
  await control.page().keyboard.type(text);
}

/** Chooses an option of a focused select by typing its first letters (a closed select's type-ahead), then leaves it. */
async function choose(control: Locator, optionText: string): Promise<void> {
  await control.focus();
  await control.page().keyboard.type(optionText);
  await control.page().keyboard.press('Tab');
}

async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.page().keyboard.press('Enter');
}

describe('the checker form in Chromium', () => {
  it('is filled for the 2005 WSIS invitation by label with the keyboard only, and gives its scorecard', async () => {
    const { page, requests, errors, context } = await openPage(browser, url);
    await page.getByLabel('Drafts (no issued) are sent on').fill(AS_OF);
    const label = (name: string, scope: Page | Locator = page) => scope.getByLabel(name, { exact: true });

    await choose(label('Format version'), '1');
    await type(label('Title of the meeting (required)'), 'Informal consultations on WSIS implementation and follow-up');
    await type(label('Convener (required)'), 'ITU Council Working Group on WSIS (chair)');
    await type(label('Acting under the authority of'), 'ITU Council');
    await type(label('Date the invitation was sent'), '2005-04-18');
    await type(label('Start (date and local time)'), '2005-05-02T15:00');
    await type(label('Time zone of the meeting'), 'Europe/Zurich');
    await type(label('Length'), '3h');
    // The first City and Country code are the meeting's venue (a revision's previous venue follows).
    await type(label('City (required)').first(), 'Geneva');
    await type(label('Country code (required)').first(), 'CH');
    await choose(label('What remote participants can do (required)'), 'none');
    await type(label('Who is invited, in the words of the invitation'), 'a representative sample of WSIS stakeholders');
    await type(label('Number of participants expected'), '60');
    await label('global').focus();
    await page.keyboard.press('Space');
    const groups = page.getByRole('group', { name: 'Stakeholder groups invited' });
    for (const [index, stakeholder] of ['civil society', 'private sector'].entries()) {
      await press(groups.getByRole('button', { name: 'Add a stakeholder group' }));
      const group = page.getByRole('group', { name: `Stakeholder group ${index + 1}` });
      await choose(label('Group (required)', group), stakeholder);
      await choose(label('Who chooses its participants', group), 'convener');
      if (index === 0) await type(label('Its focal point', group), 'WSIS Civil Society Bureau');
    }
    await type(label('The format, in the words of the invitation'), 'reviewing comments');
    await type(label('Subject'), 'WSIS implementation and follow-up');
    await type(label('Process that holds the mandate'), 'WSIS preparatory process (PrepCom)');
    await choose(label('Convened by that process, or at its request'), 'no');
    await type(label('Decision the input is for (required)'), 'WSIS PrepCom-3');
    await type(label('Date of that decision'), '2005-09-19');
    await type(label('Working languages'), 'en');
    await type(label('How the convener describes the meeting'), 'informal consultations');

    // The YAML beside the form holds the facts of the fixture, and the report is the fixture's.
    const written = await page.getByLabel('Announcement (YAML)').inputValue();
    expect(parse(written)).toEqual(parse(fixture(WSIS_2005)));
    await expect.poll(() => scorecard(page)).toEqual(expectedScorecard(fixture(WSIS_2005)));
    expect(await scorecard(page)).toContain('Notice period: ✖ fail');
    // Without the form's own problems: nothing was marked invalid.
    expect(await page.locator('#fields [aria-invalid=true]').count()).toBe(0);

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await context.close();
  }, 120_000);

  it('follows the YAML, leads from a finding to its field and its line, and opens rule pages on demand', async () => {
    const { page, errors, context } = await openPage(browser, url);
    await page.getByLabel('Drafts (no issued) are sent on').fill(AS_OF);
    const text = page.getByLabel('Announcement (YAML)');

    // The text fills the form.
    await text.fill(fixture(PASSING));
    const title = page.getByLabel('Title of the meeting (required)', { exact: true });
    await expect.poll(() => title.inputValue()).toBe(parse(fixture(PASSING)).title);
    // The form edits the text, keeping its comments.
    const zone = page.getByLabel('Time zone of the meeting', { exact: true });
    await zone.fill('CET');
    const edited = await text.inputValue();
    expect(edited).toContain('timezone: CET');
    expect(edited.split('\n').filter((line) => line.trimStart().startsWith('#'))).toEqual(fixture(PASSING).split('\n').filter((line) => line.trimStart().startsWith('#')));

    // The finding is plain, marks the field, and leads to it and to its line.
    const line = edited.split('\n').findIndex((each) => each.includes('timezone: CET')) + 1;
    const finding = page.locator('#report ol.findings > li', { hasText: '"CET" is an abbreviation' });
    await expect.poll(() => finding.count()).toBe(1);
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await zone.getAttribute('id')}-error`).textContent()).toContain('for a meeting in Geneva, CH write Europe/Zurich');
    await finding.getByRole('button', { name: `Show line ${line} in the YAML` }).click();
    const selected = await text.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd));
    expect(selected).toBe('  timezone: CET');
    expect(await page.locator('#gutter .current').textContent()).toBe(String(line));
    expect((await page.locator('#gutter').textContent())!.split('\n')).toHaveLength(edited.split('\n').length);
    await finding.getByRole('button', { name: 'Show the field: Time zone of the meeting' }).click();
    expect(await zone.evaluate((input) => input === document.activeElement)).toBe(true);

    // Rule pages are not appended to the report; a criterion opens its own.
    expect(await page.locator('#report .rule-pages, #report .rule-page').count()).toBe(0);
    await zone.fill('Europe/Zurich');
    await expect.poll(() => page.locator('#fields [aria-invalid=true]').count()).toBe(0);
    await page.locator('#report table.scorecard a', { hasText: 'Notice period' }).click();
    const dialog = page.getByRole('dialog', { name: 'Notice period' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('The invitation must reach invitees early enough');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // A help text's rule button opens the rule's page too.
    await page.getByRole('group', { name: 'The meeting: when and where' }).getByRole('button', { name: 'notice-period' }).first().click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    // An indentation mistake: one message, at its line, and the form waits for the text to be fixed.
    await text.fill(fixture(PASSING).replace('  duration: 3h', '   duration: 3h'));
    await expect.poll(() => page.locator('#report ol.findings > li').count()).toBe(1);
    expect(await page.locator('#report ol.findings > li').innerText()).toMatch(/line \d+ is indented more than line \d+/);
    expect(await page.locator('#form-note').textContent()).toMatch(/^The form cannot follow the YAML until line \d+ is fixed/);

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('starts from the template, loads an example, and prints the report alone', async () => {
    const { page, errors, context } = await openPage(browser, url);
    await page.getByRole('button', { name: 'Start from the template' }).click();
    const text = page.getByLabel('Announcement (YAML)');
    expect(await text.inputValue()).toBe(ANNOUNCEMENT_TEMPLATE.replace(/^# yaml-language-server:.*\n/, ''));
    expect(await page.getByLabel('Title of the meeting (required)', { exact: true }).inputValue()).toBe(parse(ANNOUNCEMENT_TEMPLATE).title);
    await page.getByLabel('Example').selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Load the example' }).click();
    expect(await text.inputValue()).toBe(fixture(WSIS_2005));
    await expect.poll(() => page.locator('#report h2').first().textContent()).toBe('Informal consultations on WSIS implementation and follow-up');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.checker').isVisible()).toBe(false);
    expect(await page.locator('#report table.scorecard').first().isVisible()).toBe(true);
    expect(await page.locator('#report .goto').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('accessibility (axe-core)', () => {
  type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;
  /** The serious and critical violations, after checking that axe did run its checks on the page. */
  const serious = ({ violations, passes }: Results) => {
    expect(passes.length).toBeGreaterThan(10);
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  };

  it('finds no serious or critical violation on the checker page, empty and with a report', async () => {
    const { page, context } = await openPage(browser, url);
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
    await page.getByRole('button', { name: 'Load the example' }).click();
    await expect.poll(() => page.locator('#report table.scorecard').count()).toBeGreaterThan(0);
    await page.getByLabel('Time zone of the meeting', { exact: true }).fill('CET');
    await expect.poll(() => page.locator('#fields [aria-invalid=true]').count()).toBe(1);
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
    await context.close();
  }, 120_000);

  it('finds no serious or critical violation on the HTML report', async () => {
    const file = path.join(folder, 'report.html');
    const run = runCli([path.join(ROOT, 'fixtures', WSIS_2005), path.join(ROOT, 'fixtures', PASSING), '--as-of', AS_OF, '--format', 'html', '-o', file]);
    expect(run.status).toBe(1);
    const { page, context } = await openPage(browser, pathToFileURL(file).href);
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
    await context.close();
  }, 120_000);
});
