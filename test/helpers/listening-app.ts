import type { AddressInfo } from 'node:net';
import { closeApp } from '../../src/server/close-app';
import { type App, type AppOptions, createApp } from '../../src/server/create-app';
import type { GraphStore } from '../../src/store/graph-store';

export interface ListeningApp {
  app: App;
  /** `http://127.0.0.1:PORT`. */
  url: string;
  close(): Promise<void>;
}

/** The app over `store` on a real socket (port 0), to be spoken to with fetch as a client would. */
export async function listeningApp(store: GraphStore, options: Partial<AppOptions> = {}): Promise<ListeningApp> {
  const app = await createApp({ logLevel: 'silent', production: false, ...options }, store);
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.fastify.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => closeApp(app, store) };
}
