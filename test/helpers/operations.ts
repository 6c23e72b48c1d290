import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';

const DIR = join(PROJECT_ROOT, 'graph', 'operations');

/** Every document of graph/operations as one text: send it with an `operationName`, as a client of the kit would. */
export const OPERATIONS = readdirSync(DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .join('\n');
