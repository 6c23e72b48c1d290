import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { PROJECT_ROOT } from '../paths';

/** The page in `web/`, read once: self-contained, so the playground works with no network. */
const PAGE_FILE = join(PROJECT_ROOT, 'web', 'playground.html');

/**
 * Apollo serves this on `GET /graphql` when the browser asks for HTML, in place of its own
 * landing page, which loads its scripts from a CDN.
 */
export function playgroundPlugin(): ApolloServerPlugin {
  const html = readFileSync(PAGE_FILE, 'utf8');
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
