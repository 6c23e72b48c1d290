import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Role, createKey } from '../helpers/api-keys';
import { FOLLOW_UP_DIR } from '../helpers/follow-up';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';
import { type BrowserSession, openBrowser, waitForText } from './browser-session';

jest.setTimeout(90_000);

const source = JSON.parse(readFileSync(join(FOLLOW_UP_DIR, 'source.json'), 'utf8')) as {
  id: string;
  title: string;
  publisher: string;
};
const article = readFileSync(join(FOLLOW_UP_DIR, 'article.txt'), 'utf8');

/** The item dropped: the body that gave the new count of the Kyiv strikes' injured, which goes with it. */
const DROPPED = 'Kyiv military administration';

const heading = (page: Page) => page.locator('h1');

/** The browser globals the page functions below read (this project's tsconfig has no DOM lib). */
interface InPage {
  document: {
    documentElement: { scrollWidth: number; clientWidth: number };
    activeElement: { id: string } | null;
  };
}

/**
 * "Draft the graph" on Add an article, with the Riyadh follow-up: the service drafts it, the
 * editor sees every quote marked and every item listed, drops one (and sees what goes with it),
 * imports the rest, and finds the new person and the grown ones in the explorer. Written against
 * what a correct draft of that text holds, not against one extractor's output.
 */
describe('drafting an article in the explorer', () => {
  let service: ListeningApp;
  let browser: BrowserSession;
  let page: Page;
  let editorKey: string;
  /** Every request that carried the key: the draft and the import, nothing else. */
  const keyed: string[] = [];
  beforeAll(async () => {
    const store = await seededStore();
    editorKey = await createKey(store, Role.EDITOR, 'drafting editor');
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

  const review = () => page.locator('.draft-review');
  const row = (name: string) =>
    review().locator('.draft-row', { has: page.getByRole('checkbox', { name: `Accept ${name}`, exact: true }) });
  const graphJson = async () =>
    JSON.parse(await page.getByRole('textbox', { name: 'Graph JSON' }).inputValue()) as Record<string, unknown[]>;

  it('drafts the pasted article and marks what it found in the text', async () => {
    await page.goto(`${service.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Add an article' }).click();
    await waitForText(heading(page), 'Add an article');
    await page.getByLabel('Id').fill(source.id);
    await page.getByLabel('Title').fill(source.title);
    await page.getByLabel('Publisher').fill(source.publisher);
    await page.getByRole('textbox', { name: 'Article text' }).fill(article);
    await page.getByLabel('Editor’s key').fill(editorKey);
    await page.getByRole('button', { name: 'Draft the graph' }).click();
    await page.getByRole('heading', { name: 'What the draft found' }).waitFor();
    // Focus moves to the review, as it would to a page's heading.
    await page.waitForFunction(
      () => (globalThis as unknown as InPage).document.activeElement?.id === 'draft-review-title',
    );

    // Each name marked in its type's colour, named in the mark's title (a longer quote around it may cut it into runs).
    const text = page.getByRole('region', { name: /article as drafted/ });
    const unmarked: string[] = [];
    for (const title of [
      'Person: Ivan Fedorov',
      'Person: Rustem Umerov',
      'Place: Zaporizhzhia',
      'Place: Saudi Arabia',
    ]) {
      if ((await text.locator(`mark[title="${title}"]`).count()) === 0) unmarked.push(title);
    }
    expect(unmarked).toEqual([]);
    // The graph field holds the draft, ready to import as it is.
    expect(JSON.stringify(await graphJson())).toContain('Ivan Fedorov');
    await browser.screenshot('draft-article-1-drafted');
    await page.getByRole('heading', { name: 'What the draft found' }).scrollIntoViewIfNeeded();
    await browser.screenshot('draft-article-1-review', { fullPage: false });
  });

  it('lists the items by kind, each with its quote and confidence, and says which are in the graph already', async () => {
    const people = review().getByRole('list', { name: 'People', exact: true });
    await waitForText(people, 'Ivan Fedorov');
    await waitForText(people, 'Rustem Umerov');
    expect(await row('Rustem Umerov').locator('.draft-linked').count()).toBe(1);
    expect(await row('Ivan Fedorov').locator('.draft-linked').count()).toBe(0);
    await waitForText(row('Ivan Fedorov'), /confidence \d+%/);
    await waitForText(review().getByRole('list', { name: 'Places', exact: true }), 'Zaporizhzhia');
    // The attack on Zaporizhzhia, with its figure under the governor who reported it.
    const attacks = review().getByRole('list', { name: 'Attacks', exact: true });
    await waitForText(attacks, 'Zaporizhzhia');
    await waitForText(attacks.locator('.draft-figures'), 'Reported by Ivan Fedorov');
    await waitForText(
      review().getByRole('list', { name: 'Statements', exact: true }),
      'the meeting in Riyadh was useful',
    );
  });

  it('drops an item from the keyboard, showing what goes with it, and the JSON keeps the rest', async () => {
    const before = await graphJson();
    const box = page.getByRole('checkbox', { name: `Accept ${DROPPED}`, exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(false);
    // The count it gave goes with it, and says so on both sides.
    const dropped = row(DROPPED);
    await waitForText(dropped.locator('.draft-note'), /Also dropped with it: .*14/);
    await waitForText(review().locator('.draft-dropped-with'), `Dropped with ${DROPPED}`);
    await waitForText(review().locator('.draft-summary'), /dropped/);

    const after = await graphJson();
    expect(JSON.stringify(after)).not.toContain('organization:kyiv-military-administration');
    expect(after.figures.length).toBe(before.figures.length - 1);
    expect(after.entities.length).toBeLessThanOrEqual(before.entities.length);
    await dropped.scrollIntoViewIfNeeded();
    await browser.screenshot('draft-article-2-dropped', { fullPage: false });
    await review().locator('.draft-dropped-with').first().scrollIntoViewIfNeeded();
    await browser.screenshot('draft-article-2-dropped-with', { fullPage: false });
  });

  it('reads on a phone-width screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await row(DROPPED).scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => {
      const { documentElement } = (globalThis as unknown as InPage).document;
      return documentElement.scrollWidth - documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await browser.screenshot('draft-article-phone', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('imports the accepted items, and the explorer shows the new person and the grown ones', async () => {
    await page.getByRole('button', { name: 'Add the article' }).click();
    await page.getByRole('heading', { name: 'The article is in the graph' }).waitFor();
    const card = page.locator('.outcome-ok');
    await waitForText(card.locator('.fact', { hasText: 'New in the graph' }), 'Ivan Fedorov');
    await waitForText(card.locator('.fact', { hasText: 'Already there' }), 'Rustem Umerov');
    await browser.screenshot('draft-article-3-stored');

    // The new one, found by search as a reader would.
    await page.getByRole('searchbox', { name: 'Search the graph' }).pressSequentially('Fedorov', { delay: 20 });
    await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Person Ivan Fedorov' }).click();
    await waitForText(heading(page), 'Ivan Fedorov');
    await waitForText(page.locator('.entity-side'), source.title);

    // An old one, now also cited by the new source.
    await page.getByRole('searchbox', { name: 'Search the graph' }).fill('');
    await page.getByRole('searchbox', { name: 'Search the graph' }).pressSequentially('Umerov', { delay: 20 });
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: 'Person Rustem Umerov' })
      .click();
    await waitForText(heading(page), 'Rustem Umerov');
    const showAll = page.getByRole('button', { name: /Show all \d+ mentions/ });
    if (await showAll.count()) await showAll.click();
    await waitForText(page.locator('.entity-side'), source.title);
    await browser.screenshot('draft-article-4-grown');
  });

  it('left the dropped body out of the import', async () => {
    await page.goto(`${service.url}/entity/organization:kyiv-military-administration`);
    await waitForText(heading(page), DROPPED);
    expect(await page.locator('.entity-side').innerText()).not.toContain(source.title);
  });

  it('sent the key with the draft and the import alone, asked no other host, and logged no errors', () => {
    expect(keyed.map((body) => /query ExtractGraph|mutation ImportSource/.exec(body)?.[0])).toEqual([
      'query ExtractGraph',
      'mutation ImportSource',
    ]);
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
