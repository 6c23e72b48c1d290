import { Worker } from 'node:worker_threads';

/** The write-ahead log's size past which it is copied back into the database file. */
const CHECKPOINT_BYTES = 4 * 1024 ** 2;
/** How often the worker looks at the log's size. */
const LOOK_EVERY_MS = 250;

/**
 * The worker: a connection of its own to the file, which checkpoints (PASSIVE: as much as it
 * can without waiting for readers or the writer) whenever the log has grown past the bound.
 * Its code is written out here, not in a module of its own, so it runs from the sources
 * (tests) as from the build; better-sqlite3 is required by the path this process resolved.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Sqlite = require(workerData.driver);
const database = new Sqlite(workerData.filename);
const look = setInterval(() => {
  let size = 0;
  try { size = statSync(workerData.filename + '-wal').size; } catch { return; }
  if (size < workerData.checkpointBytes) return;
  try { database.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next look tries again */ }
}, workerData.lookEveryMs);
parentPort.once('message', () => {
  clearInterval(look);
  database.close();
  parentPort.close();
});
`;

/**
 * Checkpoints of a file database, off the event loop. SQLite checkpoints by itself on the
 * connection that commits once the log passes 1,000 pages, inside that COMMIT: a 7 MB import's
 * commit took 102 ms of blocked event loop, 55 to 68 ms of it without the checkpoint. The
 * writing connection sets `wal_autocheckpoint = 0`, and this worker thread checkpoints instead;
 * should the worker fail, `onFailure` hands the checkpoints back to the writer. `close` ends
 * the worker; the writer checkpoints what is left as it closes.
 */
export function walCheckpoints(filename: string, onFailure: () => void): { close(): void } {
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: {
      filename,
      driver: require.resolve('better-sqlite3'),
      checkpointBytes: CHECKPOINT_BYTES,
      lookEveryMs: LOOK_EVERY_MS,
    },
  });
  let closing = false;
  worker.on('error', onFailure);
  worker.on('exit', () => {
    if (!closing) onFailure();
  });
  // Housekeeping: it keeps no process alive.
  worker.unref();
  return {
    close() {
      closing = true;
      worker.postMessage('close');
    },
  };
}
