import { parentPort } from 'node:worker_threads';
import { type Extraction, Gazetteer, type KnownEntity, extractGraph } from '../extract';

/** What `ExtractorThread` sends: a version's entities in parts, then articles to read against them. */
export type ToWorker =
  | { kind: 'entities'; graphVersion: number; known: KnownEntity[] }
  | { kind: 'extract'; graphVersion: number; text: string };

/** What the worker answers: once when it can take work, once per gazetteer it builds, once per article. */
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'built'; graphVersion: number; entities: number; ms: number }
  | { kind: 'extracted'; extraction: Extraction }
  | { kind: 'failed'; message: string };

/**
 * The extraction worker: `extractGraph` on a thread of its own, so that an article's reading
 * (50,000 characters took about a second here) never holds the service's event loop. It
 * keeps the gazetteer of the last graph version it was sent, built here from the entities the
 * service read; each article then comes with only its text and the version.
 */
const port = parentPort;
if (!port) throw new Error('extract.worker runs as a worker thread (ExtractorThread starts it)');

let parts: { graphVersion: number; known: KnownEntity[] } | null = null;
let built: { graphVersion: number; gazetteer: Gazetteer } | null = null;
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.kind === 'entities') {
    if (parts?.graphVersion !== message.graphVersion) parts = { graphVersion: message.graphVersion, known: [] };
    for (const entity of message.known) parts.known.push(entity);
    return;
  }
  try {
    send({ kind: 'extracted', extraction: extractGraph({ text: message.text }, gazetteerAt(message.graphVersion)) });
  } catch (error) {
    send({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

function gazetteerAt(graphVersion: number): Gazetteer {
  if (built?.graphVersion === graphVersion) return built.gazetteer;
  if (parts?.graphVersion !== graphVersion)
    throw new Error(`the worker was sent no entities of graph version ${graphVersion}`);
  const started = performance.now();
  built = { graphVersion, gazetteer: Gazetteer.of(parts.known) };
  send({ kind: 'built', graphVersion, entities: parts.known.length, ms: Math.round(performance.now() - started) });
  parts = null;
  return built.gazetteer;
}

// A process's first extraction loads the extractor's word and place lists and compiles its code
// (the first 2.9 KB article took 149 ms, later ones a fraction): done before the worker says it
// is ready, so that no request's deadline counts it.
extractGraph({ text: 'Kyiv.' }, Gazetteer.of([]));
send({ kind: 'ready' });
