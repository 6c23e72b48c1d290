import 'reflect-metadata';
import { loadConfig } from '../config';
import { loadSeeds } from '../seed/load-seed';
import { openStore } from '../store/open-store';

/** `npm run seed`: checks every seed under seed/ and loads those the database lacks. */
async function main() {
  const config = loadConfig();
  const store = await openStore(config.database, config.postgres);
  try {
    const report = await loadSeeds(store, config.seedDir);
    console.log(
      `loaded: ${report.loaded.join(', ') || 'none'}; already stored: ${report.skipped.join(', ') || 'none'}`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
