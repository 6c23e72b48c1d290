import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';

const APP_ORIGIN = 'http://127.0.0.1:5173';
const query = '{ entity(id: "location:kyiv") { name } }';

describe('CORS for frontend apps, with the headers a browser sends', () => {
  let service: ListeningApp;
  beforeAll(async () => {
    service = await listeningApp(await seededStore());
  });
  afterAll(() => service.close());

  it('answers a preflight from another origin with 204 and what it may send', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type.*authorization/);
  });

  it('lets the POST that follows through, readable by the page', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toMatchObject({ data: { entity: { name: 'Kyiv' } } });
  });

  it('runs a plain GET query with no special header', async () => {
    const response = await fetch(`${service.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { origin: APP_ORIGIN },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toMatchObject({ data: { entity: { name: 'Kyiv' } } });
  });

  it('never runs a mutation over GET, and takes POST only as JSON', async () => {
    const get = await fetch(`${service.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`);
    expect(get.status).toBe(405);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const post = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query }),
      });
      expect({ type, status: post.status }).toEqual({ type, status: expect.any(Number) });
      expect(post.status).toBeGreaterThanOrEqual(400);
      expect(post.status).toBeLessThan(500);
    }
  });
});

describe('CORS_ORIGINS set to a list', () => {
  let service: ListeningApp;
  beforeAll(async () => {
    service = await listeningApp(await seededStore(), { corsOrigins: [APP_ORIGIN] });
  });
  afterAll(() => service.close());

  it('allows the listed origin and names it, and gives any other origin nothing to read', async () => {
    const preflight = (origin: string) =>
      fetch(`${service.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight(APP_ORIGIN)).headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});
