import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { getSchema } from '../schema';
import { printSchemaFile } from '../print-schema';

/** Writes graph/schema.graphql from the code: `npm run schema:emit`. */
async function main() {
  const file = join(PROJECT_ROOT, 'graph', 'schema.graphql');
  writeFileSync(file, printSchemaFile(await getSchema()));
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
