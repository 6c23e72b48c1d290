import 'reflect-metadata';
import { loadConfig } from '../config';
import { openStore } from '../store/open-store';
import { parseKeysCommand, runKeysCommand } from './keys-command';

/**
 * `npm run keys`: API keys on the database DATABASE_URL names, as the service uses it (see
 * keys-command.ts). A refusal prints its reason on stderr and exits 1.
 */
async function main() {
  const args = process.argv.slice(2);
  parseKeysCommand(args); // a wrong command line fails before a database is opened
  const config = loadConfig();
  const store = await openStore(config.database, config.postgres);
  try {
    await runKeysCommand(store, args, (line) => console.log(line));
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
