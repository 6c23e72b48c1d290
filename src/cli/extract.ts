import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { knownEntities } from '../drafts/known-entities';
import { Gazetteer, extractGraph } from '../extract';
import { openStore } from '../store/open-store';

const USAGE = 'usage: npm run extract -- article.txt [--out graph.json]';

/** The command line and the article, read before any database is opened: a mistake in either is reported without touching one. */
function readCommand(args: string[]): { text: string; out: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new Error(USAGE);
  try {
    return { text: readFileSync(file, 'utf8'), out: parsed.values.out };
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n${USAGE}`,
    );
  }
}

/**
 * `npm run extract`: drafts an article's graph against the database DATABASE_URL names, as the
 * service's `extractGraph` does, and writes nothing to it. The draft goes to stdout (or --out);
 * what it links to and its warnings go to stderr, so the draft can be piped on as it is.
 */
async function main() {
  const { text, out } = readCommand(process.argv.slice(2));
  const config = loadConfig();
  const store = await openStore(config.database, config.postgres);
  let known;
  try {
    known = await knownEntities(store);
  } finally {
    await store.close();
  }
  if (known.length === 0)
    console.error(
      'the database holds no people, organizations or places, so nothing can be linked (npm run seed loads seed/)',
    );
  const extraction = extractGraph({ text }, Gazetteer.of(known));
  const json = `${JSON.stringify(extraction.graph, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  console.error(`linked: ${extraction.linked.join(', ') || 'none'}`);
  for (const warning of extraction.warnings) console.error(`warning: ${warning}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
