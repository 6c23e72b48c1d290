import type { GraphStore } from '../store/graph-store';
import type { App } from './create-app';

/**
 * Graceful stop. Stopping Apollo runs its drain plugin, which closes Fastify: no new
 * connections, in-flight requests finish. Only then is the database closed under them.
 */
export async function closeApp(app: App, store: GraphStore): Promise<void> {
  await app.apollo.stop();
  await store.close();
}
