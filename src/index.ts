import './v8-flags';
import 'reflect-metadata';
import { loadConfig } from './config';
import { loadSeeds } from './seed/load-seed';
import { closeApp } from './server/close-app';
import { createApp } from './server/create-app';
import { openStore } from './store/open-store';

/** Starts the service: migrate, load the seeds not stored yet, listen, and shut down cleanly on a signal. */
async function main() {
  const config = loadConfig();
  const store = await openStore(config.database, config.postgres);
  const app = await createApp(config, store);
  const { fastify } = app;
  const seeds = await loadSeeds(store, config.seedDir);
  fastify.log.info(seeds, 'seeds checked');

  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    fastify.log.info({ signal }, 'shutting down');
    try {
      await closeApp(app, store);
      process.exit(0);
    } catch (error) {
      fastify.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));

  await fastify.listen({ port: config.port, host: config.host });
  fastify.log.info(`GraphQL at http://${config.host}:${config.port}/graphql`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
