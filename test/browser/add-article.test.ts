import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Role, createKey } from '../helpers/api-keys';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';
import { type BrowserSession, openBrowser, waitForText } from './browser-session';

jest.setTimeout(90_000);

const FIXTURE = join(__dirname, '..', 'fixtures', 'riyadh-follow-up');
const source = JSON.parse(readFileSync(join(FIXTURE, 'source.json'), 'utf8')) as {
  id: string;
  title: string;
  publisher: string;
};
const article = readFileSync(join(FIXTURE, 'article.txt'), 'utf8');
const goodGraph = readFileSync(join(FIXTURE, 'graph.json'), 'utf8');

/**
 * The follow-up article's graph with three mistakes an editor makes: a quote that is not the
 * article's words, a quote found twice with no `within`, and a relation to an id nobody has.
 */
const badGraph = goodGraph
  .replace('"quote": "Defence Minister Rustem Umerov"', '"quote": "Defense Minister Rustem Umerov"')
  .replace('{ "quote": "Riyadh", "within": "the meeting in Riyadh" }', '{ "quote": "Riyadh" }')
  .replace('"subject": "person:rustem-umerov"', '"subject": "person:rustam-umerov"');

/** The browser globals the page functions below read (this project's tsconfig has no DOM lib). */
interface InPage {
  document: {
    documentElement: { scrollWidth: number; clientWidth: number };
    activeElement: { id: string } | null;
  };
}

const heading = (page: Page) => page.locator('h1');

describe('adding an article in the explorer', () => {
  let service: ListeningApp;
  let browser: BrowserSession;
  let page: Page;
  let editorKey: string;
  /** The body of every request that carried the key: only imports may. */
  const keyed: string[] = [];
  beforeAll(async () => {
    const store = await seededStore();
    // A real editor key in the same store, as `npm run keys -- create --role editor` makes one.
    editorKey = await createKey(store, Role.EDITOR, 'browser test');
    service = await listeningApp(store);
    browser = await openBrowser(service.url);
    page = browser.page;
    page.on('request', (request) => {
      if (request.headers().authorization) keyed.push(request.postData() ?? request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const graphField = () => page.getByRole('textbox', { name: 'Graph JSON' });
  const keyField = () => page.getByLabel('Editor’s key');
  const submit = () => page.getByRole('button', { name: 'Add the article' }).click();

  it('is linked from the header and keeps its address through a reload', async () => {
    await page.goto(`${service.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Add an article' }).click();
    await page.waitForURL(`${service.url}/add`);
    await page.reload();
    await waitForText(heading(page), 'Add an article');
    await browser.screenshot('add-article-1-empty');
  });

  it('refuses to send without a key, and says so beside the key field', async () => {
    await page.getByLabel('Id').fill(source.id);
    await page.getByLabel('Title').fill(source.title);
    await page.getByLabel('Publisher').fill(source.publisher);
    await page.getByLabel('Published on').fill('2025-03-23');
    await page.getByRole('textbox', { name: 'Article text' }).fill(article);
    await graphField().fill(badGraph);
    await submit();
    const alert = page.locator('.key-card [role="alert"]');
    await waitForText(alert, 'needs an editor’s key');
    expect(await keyField().getAttribute('aria-invalid')).toBe('true');
    await browser.screenshot('add-article-2-no-key', { fullPage: false });
  });

  it('catches JSON that does not parse before sending, with its line and column', async () => {
    await graphField().fill('{\n  "entities": [\n    { "id": "person:x" }\n  ]\n  "relations": []\n}');
    await submit();
    await waitForText(page.locator('[role="alert"]'), 'line 5, column 3');
  });

  it('lists every problem of a bad graph and marks each where it is in the JSON and the text', async () => {
    await graphField().fill(badGraph);
    await keyField().fill(editorKey);
    await submit();
    const problems = page.getByRole('list', { name: 'Problems' });
    await waitForText(problems, 'Defense Minister Rustem Umerov');
    await waitForText(problems, 'person:rustam-umerov');
    await waitForText(problems, 'Riyadh');
    const codes = await problems.locator('.problem-code').allInnerTexts();
    expect(codes.map((c) => c.toLowerCase())).toEqual(
      expect.arrayContaining(
        ['quote not in the text', 'unknown id', 'quote found more than once'].map((c) => expect.stringContaining(c)),
      ),
    );

    // Each problem is marked with its number in the JSON as sent, around the value its path names.
    const json = page.getByRole('region', { name: /graph JSON as sent/ });
    const marked = await json.locator('mark.problem-mark').allInnerTexts();
    expect(marked.join(' ')).toContain('Defense Minister Rustem Umerov');
    expect(marked.join(' ')).toContain('person:rustam-umerov');
    expect(await json.locator('.mark-number').count()).toBe(codes.length);
    // The quote found twice is marked at both places in the article.
    const text = page.getByRole('region', { name: /article text as sent/ });
    expect(await text.locator('mark.problem-mark').allInnerTexts()).toEqual(expect.arrayContaining(['Riyadh']));
    expect(await text.locator('mark.problem-mark').count()).toBeGreaterThanOrEqual(2);
    await browser.screenshot('add-article-3-problems');

    // Choosing a problem jumps to its mark, from the keyboard too.
    const unknown = problems.getByRole('button', { name: /person:rustam-umerov/ });
    await unknown.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /^problem-\d+-graph$/.test((globalThis as unknown as InPage).document.activeElement?.id ?? ''),
    );
    const focusedLine = page.locator('.line', { has: page.locator('.mark-number:focus') });
    await waitForText(focusedLine, 'person:rustam-umerov');
    await browser.screenshot('add-article-4-jump', { fullPage: false });
  });

  it('reads on a phone-width screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('list', { name: 'Problems' }).scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => {
      const { documentElement } = (globalThis as unknown as InPage).document;
      return documentElement.scrollWidth - documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await browser.screenshot('add-article-5-phone', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('takes the fixed graph as an attached file, stores the article and links to it', async () => {
    await page
      .getByLabel('Attach a .json file')
      .setInputFiles({ name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(goodGraph) });
    // The page reads the file asynchronously: wait until the text is in the field.
    for (let tries = 0; tries < 50 && (await graphField().inputValue()) !== goodGraph; tries++)
      await page.waitForTimeout(100);
    expect(await graphField().inputValue()).toBe(goodGraph);
    await submit();
    const outcome = page.getByRole('heading', { name: 'The article is in the graph' });
    await outcome.waitFor();
    const card = page.locator('.outcome-ok');
    await waitForText(card, 'Rustem Umerov');
    await waitForText(card.locator('.fact', { hasText: 'Already there' }), 'Volodymyr Zelenskyy');
    await browser.screenshot('add-article-6-stored');

    await card.getByRole('link', { name: source.title }).click();
    await page.waitForURL(`${service.url}/source/${source.id}`);
    await waitForText(heading(page), source.title);
    await waitForText(page.locator('.source-text'), 'Rustem Umerov');
    expect(await page.locator('.source-text a.mention').count()).toBeGreaterThan(5);
    await browser.screenshot('add-article-7-source');
  });

  it('says "already stored" when the same article is added again', async () => {
    await page.goBack();
    await waitForText(heading(page), 'Add an article');
    // The form starts empty again after a navigation: fill it once more.
    await page.getByLabel('Id').fill(source.id);
    await page.getByLabel('Title').fill(source.title);
    await page.getByLabel('Publisher').fill(source.publisher);
    await page.getByRole('textbox', { name: 'Article text' }).fill(article);
    await graphField().fill(goodGraph);
    await keyField().fill(editorKey);
    await page.getByLabel('Remember for this tab').check();
    await submit();
    await page.getByRole('heading', { name: 'Already stored: nothing changed' }).waitFor();
  });

  it('remembers the key for this tab only when asked, and sends it with imports alone', async () => {
    await page.reload();
    await waitForText(heading(page), 'Add an article');
    expect(await keyField().inputValue()).toBe(editorKey);
    await page.getByLabel('Remember for this tab').uncheck();
    await page.reload();
    expect(await keyField().inputValue()).toBe('');
    expect(keyed.length).toBeGreaterThanOrEqual(3);
    for (const body of keyed) expect(body).toContain('mutation ImportSource');
  });

  it('asked no host but the service, and logged no errors', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
