import type { AddressInfo } from 'node:net';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import { seededStore } from './seeded-store';

export interface ListeningApp {
  readonly app: App;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

/** The whole service over a seeded SQLite store, on a real socket (port 0), as a browser or client sees it. */
export async function listeningApp(): Promise<ListeningApp> {
  const store = await seededStore();
  const app = await createApp({ logLevel: 'silent', production: false }, store);
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.fastify.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => closeApp(app, store) };
}
