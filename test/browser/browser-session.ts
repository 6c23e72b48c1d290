import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../helpers/launch-chromium';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

export interface BrowserSession {
  readonly page: Page;
  /** Every URL the page or its workers asked for that is not on the service's origin (and was refused). */
  readonly foreignRequests: string[];
  /** Console errors and uncaught exceptions, as text. */
  readonly consoleErrors: string[];
  /** Saves `test-results/<name>.png`: the whole page, or only what the window shows. */
  screenshot(name: string, options?: { fullPage: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Debian's chromium through playwright-core, confined to one origin: requests to any other
 * host are recorded and refused, so a page that needs the network fails here as it would offline.
 * No chromium is a failure with the way to fix it, never a skip.
 */
export async function openBrowser(origin: string): Promise<BrowserSession> {
  const browser: Browser = await launchChromium();
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const local = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  context.on('request', (request) => {
    if (!local(request.url()) && !foreignRequests.includes(request.url())) foreignRequests.push(request.url());
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    foreignRequests,
    consoleErrors,
    screenshot: async (name, { fullPage } = { fullPage: true }) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
    },
    close: () => browser.close(),
  };
}

/** Waits (up to 15 s) until the locator holds an element containing the text; fails naming both. */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
  } catch {
    const seen = (await locator.allInnerTexts().catch(() => [])).join(' | ').slice(0, 500);
    throw new Error(`expected ${String(locator)} to contain ${String(text)}; it shows: ${seen || '(nothing)'}`);
  }
}
