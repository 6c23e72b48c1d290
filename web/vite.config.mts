import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const WEB = dirname(fileURLToPath(import.meta.url));

/**
 * Two pages from one build: the explorer (`index.html`, served at `/` and its app routes) and
 * the GraphiQL playground (`playground.html`, served at `/graphql` and `/playground`). Every
 * script, style, font and Monaco worker lands in `dist/web`, so the pages need no other host.
 */
export default defineConfig({
  root: WEB,
  base: '/',
  // Vite transforms TSX itself (Oxc); React 17+'s automatic runtime needs no React import.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(WEB, '..', 'dist', 'web'),
    emptyOutDir: true,
    // Monaco alone is several MB; the explorer's own chunk stays small (reported in the README).
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: { explorer: resolve(WEB, 'index.html'), playground: resolve(WEB, 'playground.html') },
      // GraphiQL's dependencies mark modules "use client" for React Server Components, which
      // mean nothing in a browser bundle; the rest of the warnings still show.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    // `npm run dev:web`: the explorer with hot reload, the API from a running `npm start`.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
    fs: { allow: [resolve(WEB, '..')] },
  },
});
