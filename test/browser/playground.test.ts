import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';
import { type BrowserSession, openBrowser, waitForText } from './browser-session';

jest.setTimeout(60_000);

describe('the GraphiQL playground in chromium', () => {
  let service: ListeningApp;
  let browser: BrowserSession;
  beforeAll(async () => {
    service = await listeningApp(await seededStore());
    browser = await openBrowser(service.url);
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('opens at /graphql with the project operations as tabs, runs one and shows its result', async () => {
    const { page } = browser;
    await page.goto(`${service.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // One tab per operation in graph/operations, the first one open with its example variables.
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThan(10);
    // The editors are Monaco: wait until the first example is in the query editor and the
    // schema has loaded (the docs button is enabled by then) before running it.
    await waitForText(page.locator('.graphiql-query-editor'), 'AttacksOverview');
    await waitForText(page.locator('.graphiql-editor-tool'), '"first"');
    await page.getByRole('button', { name: /execute query/i }).click();
    const response = page.locator('.graphiql-response');
    await waitForText(response, '"totalCount"');
    await waitForText(response, 'Russian drone strikes on Kyiv');
    await browser.screenshot('playground-1-result');
  });

  it('completes fields as one types, from the schema', async () => {
    const { page } = browser;
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('{ entit');
    const suggestions = page.locator('.suggest-widget');
    await waitForText(suggestions, 'entity');
    await browser.screenshot('playground-2-completion');
  });

  it('shows the schema docs', async () => {
    const { page } = browser;
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await waitForText(page.locator('.graphiql-doc-explorer'), 'Query');
    await browser.screenshot('playground-3-docs');
  });

  it('keeps a history of the queries run, and has a headers editor', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /show history/i }).click();
    await waitForText(page.locator('.graphiql-history'), 'AttacksOverview');
    await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).click();
    await page.locator('.graphiql-editor-tools button.active', { hasText: 'Headers' }).waitFor();
    await page.locator('.graphiql-editor-tool .graphiql-editor:visible').waitFor();
    await browser.screenshot('playground-4-history-headers');
  });

  it('is also at /playground, loads nothing from any other host, and logs no errors', async () => {
    const { page } = browser;
    await page.goto(`${service.url}/playground`);
    await page.locator('.graphiql-container').waitFor();
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
