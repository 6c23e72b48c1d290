import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PROJECT_ROOT } from '../paths';

/** Where `npm run build` puts the explorer and the playground (`vite build`, see web/vite.config.mts). */
export const WEB_ASSETS_DIR = join(PROJECT_ROOT, 'dist', 'web');

/** The explorer's own routes: a reload or a shared link on one of them gets the app, which reads the URL. */
const EXPLORER_ROUTES = ['/', '/entity/*', '/source/*', '/path', '/add'];

export type WebPage = 'index.html' | 'playground.html';

/** A built page, read once; before a build, a short page that says how to make it. */
export function readWebPage(page: WebPage): { html: string; built: boolean } {
  const file = join(WEB_ASSETS_DIR, page);
  if (existsSync(file)) return { html: readFileSync(file, 'utf8'), built: true };
  const html =
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>News graph: not built</title>' +
    '<p>The web assets are not built yet: run <code>npm run build</code>, then restart the service.</p></html>';
  return { html, built: false };
}

const sendPage = (reply: FastifyReply, page: { html: string; built: boolean }) =>
  reply
    .code(page.built ? 200 : 503)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .send(page.html);

/**
 * Serves the web apps from the service itself: the explorer at `/` and its deep links, the
 * playground at `/playground` (`GET /graphql` from a browser is the playground plugin's), and
 * the hashed files under `/assets/`, cached for good since a new build renames them.
 */
export async function registerWebAssets(fastify: FastifyInstance): Promise<void> {
  const explorer = readWebPage('index.html');
  const playground = readWebPage('playground.html');
  const assets = join(WEB_ASSETS_DIR, 'assets');
  if (existsSync(assets)) {
    await fastify.register(fastifyStatic, {
      root: assets,
      prefix: '/assets/',
      // Only the build's assets/: the pages go through the routes below.
      index: false,
      decorateReply: false,
      setHeaders: (res) => {
        res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  for (const route of EXPLORER_ROUTES) fastify.get(route, (_request, reply) => sendPage(reply, explorer));
  fastify.get('/playground', (_request, reply) => sendPage(reply, playground));
}
