import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';
import { WEB_ASSETS_DIR } from '../../src/server/web-assets';

describe('the web apps served by the service', () => {
  let service: ListeningApp;
  beforeAll(async () => {
    service = await listeningApp(await seededStore());
  });
  afterAll(() => service.close());

  const get = (path: string, accept = 'text/html') => fetch(`${service.url}${path}`, { headers: { accept } });

  it('answers the explorer and each of its deep links with the app, never cached', async () => {
    for (const path of [
      '/',
      '/entity/person:volodymyr-zelenskyy',
      '/source/source:aljazeera-kyiv-drone-strikes',
      '/path?from=a&to=b',
      '/add',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>News graph explorer</title>');
    }
  });

  it('serves GraphiQL at /playground as at /graphql, with no script or style from another host', async () => {
    const pages = await Promise.all([get('/playground'), get('/graphql')].map(async (r) => (await r).text()));
    expect(pages[0]).toBe(pages[1]);
    expect(pages[0]).toContain('<title>News graph playground</title>');
    expect(pages[0]).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  });

  it('serves the hashed assets for a year, and 404s what is not there', async () => {
    const file = readdirSync(join(WEB_ASSETS_DIR, 'assets')).find((name) => name.endsWith('.js'))!;
    const asset = await get(`/assets/${file}`, '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(0);
    // Bodies are read to the end, so keep-alive sockets are free when the service closes.
    const missing = await Promise.all([get('/assets/nothing.js', '*/*'), get('/not-a-page')]);
    expect(await Promise.all(missing.map(async (r) => [r.status, (await r.text()).length > 0]))).toEqual([
      [404, true],
      [404, true],
    ]);
  });
});
