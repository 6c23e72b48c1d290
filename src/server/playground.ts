import type { ApolloServerPlugin } from '@apollo/server';
import { readWebPage } from './web-assets';

/**
 * Apollo serves the GraphiQL page built from `web/` (see web-assets.ts) on `GET /graphql` when
 * a browser asks for HTML, in place of its own landing page, which loads from a CDN.
 */
export function playgroundPlugin(): ApolloServerPlugin {
  const { html } = readWebPage('playground.html');
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
