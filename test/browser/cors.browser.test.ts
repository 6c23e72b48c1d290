import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/launch-chromium';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';

/** A page on another origin (another port) that calls the API the way a frontend app does. */
const PAGE = `<!doctype html><title>another origin</title><script>
window.callApi = async (api) => {
  const query = '{ entity(id: "location:kyiv") { name } }';
  const post = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const get = await fetch(api + '?query=' + encodeURIComponent(query));
  return { post: await post.json(), get: await get.json() };
};
</script>`;

describe('a page on another origin, in Chromium', () => {
  let service: ListeningApp;
  let pageServer: Server;
  let pageUrl: string;
  let browser: Browser;
  beforeAll(async () => {
    service = await listeningApp(await seededStore());
    pageServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://localhost:${(pageServer.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    pageServer?.close();
    await service?.close();
  });

  it('preflights, then POSTs and GETs the API and reads both answers', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl);
    // The page is on localhost, the API on 127.0.0.1: two origins, as the browser sees them. A
    // JSON POST across origins is preflighted; had the preflight failed, fetch would throw.
    const answers = await page.evaluate(
      (api) => (globalThis as unknown as { callApi(api: string): Promise<unknown> }).callApi(api),
      `${service.url}/graphql`,
    );
    expect(answers).toEqual({
      post: { data: { entity: { name: 'Kyiv' } }, extensions: { cost: { requested: 2, limit: 50_000 } } },
      get: { data: { entity: { name: 'Kyiv' } }, extensions: { cost: { requested: 2, limit: 50_000 } } },
    });
    await page.close();
  });
});
