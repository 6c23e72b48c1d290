import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';
import { type BrowserSession, openBrowser, waitForText } from './browser-session';

jest.setTimeout(60_000);

/** The browser globals the page functions below read (this project's tsconfig has no DOM lib). */
interface InPage {
  explorerGraph?: Core;
  document: {
    documentElement: { scrollWidth: number; clientWidth: number };
    activeElement: { classList: { contains(name: string): boolean }; textContent: string | null } | null;
  };
}

/** Where a node of the drawn graph is on the page: cytoscape's rendered position plus the canvas box. */
async function graphNodePoint(page: Page, id: string): Promise<{ x: number; y: number; name: string }> {
  await page.waitForFunction(
    (nodeId) => (globalThis as unknown as InPage).explorerGraph?.getElementById(nodeId).nonempty(),
    id,
  );
  const inGraph = await page.evaluate((nodeId) => {
    const node = (globalThis as unknown as InPage).explorerGraph!.getElementById(nodeId);
    return { ...node.renderedPosition(), name: node.data('label') as string };
  }, id);
  const box = (await page.locator('.graph').first().boundingBox())!;
  return { x: box.x + inGraph.x, y: box.y + inGraph.y, name: inGraph.name };
}

const heading = (page: Page) => page.locator('h1');

describe('the explorer in chromium', () => {
  let service: ListeningApp;
  let browser: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    service = await listeningApp(await seededStore());
    browser = await openBrowser(service.url);
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('searches as one types and marks the matched words', async () => {
    await page.goto(`${service.url}/`);
    await waitForText(page.locator('.stat-row'), 'People');
    await browser.screenshot('explorer-1-home');
    await page.getByRole('searchbox', { name: 'Search the graph' }).pressSequentially('Klitschko', { delay: 20 });
    const results = page.getByRole('list', { name: 'Search results' });
    await waitForText(results, 'Vitali Klitschko');
    expect(await results.locator('mark').first().innerText()).toBe('Klitschko');
    await browser.screenshot('explorer-2-search');
  });

  it('forgives a typo', async () => {
    const box = page.getByRole('searchbox', { name: 'Search the graph' });
    await box.fill('Klitchko');
    await waitForText(page.getByRole('list', { name: 'Search results' }), 'Vitali Klitschko');
    await box.fill('Klitschko');
    await waitForText(page.getByRole('list', { name: 'Search results' }), 'Vitali Klitschko');
  });

  it('opens the first result with Enter: Klitschko, Mayor of Kyiv', async () => {
    await page.getByRole('searchbox', { name: 'Search the graph' }).press('Enter');
    await page.waitForURL(`${service.url}/entity/person:vitali-klitschko`);
    await waitForText(heading(page), 'Vitali Klitschko');
    const positions = page.locator('.fact', { hasText: 'Positions' });
    await waitForText(positions, 'Mayor');
    await waitForText(positions.locator('a'), 'Kyiv');
    // The neighborhood is drawn once cytoscape's chunk has loaded: shoot the page as a user sees it then.
    await page.locator('.graph canvas').first().waitFor();
    await browser.screenshot('explorer-3-klitschko');
  });

  it("opens a fact's evidence and shows its sentence with the quote highlighted", async () => {
    const positions = page.locator('.fact', { hasText: 'Positions' });
    await positions
      .getByRole('button', { name: /evidence/i })
      .first()
      .click();
    const evidence = positions.locator('.evidence').first();
    await evidence.waitFor();
    const quote = await evidence.locator('mark.quote').innerText();
    expect(quote).toMatch(/Klitschko|Mayor/);
    expect((await evidence.locator('blockquote').innerText()).length).toBeGreaterThan(quote.length);
    await browser.screenshot('explorer-4-evidence');
  });

  it('follows Kyiv to the attack on it, with its figures per reporter', async () => {
    await page.locator('.fact', { hasText: 'Positions' }).getByRole('link', { name: 'Kyiv', exact: true }).click();
    await waitForText(heading(page), /^Kyiv$/);
    const attacks = page.locator('.fact', { hasText: 'Attacks' });
    await waitForText(attacks, 'Russian drone strikes on Kyiv');
    await browser.screenshot('explorer-5-kyiv');

    await attacks.getByRole('link', { name: 'Russian drone strikes on Kyiv' }).click();
    await waitForText(heading(page), 'Russian drone strikes on Kyiv');
    const figures = page.locator('table.figures');
    await waitForText(figures.locator('thead'), 'Kyiv military administration');
    await waitForText(figures.locator('thead'), 'No reporter named');
    const injured = figures.locator('tbody tr', { hasText: 'injured' });
    await waitForText(injured, '10');
    await browser.screenshot('explorer-6-attack-figures');
  });

  it('opens an entity by clicking its node in the drawn graph', async () => {
    const target = 'location:kyiv';
    await page.locator('.graph canvas').first().waitFor();
    const { x, y, name } = await graphNodePoint(page, target);
    await browser.screenshot('explorer-7-graph');
    await page.mouse.click(x, y);
    await page.waitForURL(`${service.url}/entity/${target}`);
    await waitForText(heading(page), name);
  });

  it('finds how two people are connected, and draws the paths', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connect' }).click();
    await waitForText(heading(page), 'How are they connected?');
    const from = page.getByRole('searchbox', { name: 'From: search for an entity' });
    await from.pressSequentially('Klitschko', { delay: 20 });
    await waitForText(page.getByRole('list', { name: 'Search results' }), 'Vitali Klitschko');
    await from.press('Enter');
    const to = page.getByRole('searchbox', { name: 'To: search for an entity' });
    await to.pressSequentially('Trump', { delay: 20 });
    await waitForText(page.getByRole('list', { name: 'Search results' }), 'Donald Trump');
    await to.press('Enter');
    await page.waitForURL(/\/path\?from=person%3Avitali-klitschko&to=person%3Adonald-trump$/);
    const firstPath = page.getByRole('region', { name: 'Path 1' });
    await waitForText(firstPath, 'Donald Trump');
    await waitForText(firstPath, 'Vitali Klitschko');
    await page.waitForFunction(() => ((globalThis as unknown as InPage).explorerGraph?.nodes().length ?? 0) >= 3);
    await browser.screenshot('explorer-8-path');
  });

  it('keeps a deep link through a reload', async () => {
    await page.reload();
    await waitForText(page.getByRole('region', { name: 'Path 1' }), 'Donald Trump');
    await page.goto(`${service.url}/entity/person:volodymyr-zelenskyy`);
    await waitForText(heading(page), 'Volodymyr Zelenskyy');
    await page.reload();
    await waitForText(heading(page), 'Volodymyr Zelenskyy');
    await browser.screenshot('explorer-9-deep-link');
  });

  it('shows the source text with every mention marked and clickable', async () => {
    await page.getByRole('link', { name: 'Read the source' }).click();
    const text = page.locator('.source-text');
    await waitForText(text, 'Kyiv');
    expect(await text.locator('a.mention').count()).toBeGreaterThan(30);
    await browser.screenshot('explorer-10-source');
    await text.locator('a.mention', { hasText: 'Klitschko' }).first().click();
    await waitForText(heading(page), 'Vitali Klitschko');
  });

  it('works from the keyboard: arrows walk the results, Enter opens one', async () => {
    await page.goto(`${service.url}/`);
    const box = page.getByRole('searchbox', { name: 'Search the graph' });
    await box.focus();
    await page.keyboard.type('Zelenskyy', { delay: 20 });
    const results = page.getByRole('list', { name: 'Search results' });
    await waitForText(results, 'Volodymyr Zelenskyy');
    // Which element has focus, by its text: the page function reads the browser's document.
    const focused = () =>
      page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.textContent ?? '');
    const second = results.getByRole('link').nth(1);
    const secondText = await second.textContent();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() =>
      (globalThis as unknown as InPage).document.activeElement?.classList.contains('search-result'),
    );
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(secondText);
    const name = (await second.locator('.search-result-name').innerText()).trim();
    await browser.screenshot('explorer-11-keyboard', { fullPage: false });
    await page.keyboard.press('Enter');
    await waitForText(heading(page), name);
  });

  it('reads on a phone-width screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${service.url}/entity/attack:kyiv-drone-strikes`);
    await waitForText(heading(page), 'Russian drone strikes on Kyiv');
    await page.locator('.graph canvas').first().waitFor();
    const overflow = await page.evaluate(() => {
      const { documentElement } = (globalThis as unknown as InPage).document;
      return documentElement.scrollWidth - documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await browser.screenshot('explorer-12-phone', { fullPage: false });
    await page.locator('table.figures').scrollIntoViewIfNeeded();
    await browser.screenshot('explorer-13-phone-figures', { fullPage: false });
  });

  it('asked no host but the service, and logged no errors', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
