// Real headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, which
// never downloads a browser. Every request a page makes is recorded, and any that is not a local file is
// refused, so a test can assert that nothing left the page.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, allowed or not. */
  requests: string[];
  /** Errors thrown in the page and console errors. */
  errors: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1100, height: 900 }): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport, offline: true });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
  });
  await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, context, requests, errors };
}
