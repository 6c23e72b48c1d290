import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../extract';
import { PROJECT_ROOT } from '../paths';
import { pacer } from '../time-slices';
import type { FromWorker, ToWorker } from './extract.worker';
import { ExtractionBusyError } from '../errors/extraction-busy.error';
import { ExtractionTimeoutError } from '../errors/extraction-timeout.error';
import type { KnownAt } from './known-entities-cache';

/**
 * The worker's code as Node runs it: compiled, beside this file in dist/. Run as TypeScript
 * (ts-jest), this file starts the build's copy, since a worker thread cannot load .ts files:
 * `npm test` builds first.
 */
export const WORKER_FILE = __filename.endsWith('.ts')
  ? join(PROJECT_ROOT, 'dist', 'src', 'drafts', 'extract.worker.js')
  : join(__dirname, 'extract.worker.js');

/**
 * Extractions that may wait while one runs; more are refused (`ExtractionBusyError`). An article
 * of 3 KB takes about 0.1 s here, so eight wait less than a second; longer ones that wait past
 * their request's deadline leave the queue at it.
 */
export const MAX_WAITING = 8;

/** Entities sent to the worker at a time: 100,000 at once took 150 ms of the event loop to copy, 5,000 about 5. */
const PART = 5_000;

/** Where the thread reports its gazetteer builds and the workers it replaces (the app's logger). */
export interface ExtractorLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface ExtractorThreadOptions {
  /** `EXTRACT_TIMEOUT_MS`: how long one extraction may run before its worker is stopped and replaced. */
  timeoutMs: number;
  maxWaiting?: number;
  log?: ExtractorLog;
}

interface Job {
  text: string;
  entities: KnownAt;
  signal?: AbortSignal;
  resolve(extraction: Extraction): void;
  reject(error: unknown): void;
}

/** A started worker: `ready` once it can take work; `settle` ends the extraction it runs. */
interface Live {
  worker: Worker;
  ready: Promise<void>;
  /** The graph version whose entities it was sent. */
  graphVersion: number | null;
  settle?: (outcome: { extraction: Extraction } | { error: Error }) => void;
}

/**
 * `extractGraph` off the event loop, on one worker thread per process (extract.worker.ts).
 * In the request's own thread every other request waited for the whole reading: 0.9 to 1 s
 * for 50,000 characters here, 2 to 2.5 s for 100,000, 21.4 s for 874 KB. The worker starts with
 * the first extraction and is kept; extractions take turns, at most `maxWaiting` waiting, and
 * one that a request stops waiting for (its deadline, its client gone) leaves the queue. One
 * that runs past `timeoutMs` has its worker terminated (synchronous code cannot be interrupted
 * otherwise) and is answered `ExtractionTimeoutError`; the next extraction starts a new worker.
 */
export class ExtractorThread {
  private live: Live | null = null;
  private readonly waiting: Job[] = [];
  private running = false;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;
  private readonly log?: ExtractorLog;

  constructor(options: ExtractorThreadOptions) {
    this.timeoutMs = options.timeoutMs;
    this.maxWaiting = options.maxWaiting ?? MAX_WAITING;
    this.log = options.log;
  }

  /** Reads `text` against the gazetteer of `entities`' graph version, in the worker. */
  async extract(text: string, entities: KnownAt, signal?: AbortSignal): Promise<Extraction> {
    if (this.closed) throw new Error('the extractor is closed');
    signal?.throwIfAborted();
    if (this.waiting.length >= this.maxWaiting) throw new ExtractionBusyError(this.waiting.length);
    return new Promise<Extraction>((resolve, reject) => {
      const job: Job = { text, entities, signal, resolve, reject };
      signal?.addEventListener('abort', () => this.leave(job), { once: true });
      this.waiting.push(job);
      void this.drain();
    });
  }

  /** Stops the worker; what waits is refused. The app calls it as it closes. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('the extractor is closed'));
    const live = this.live;
    this.live = null;
    await live?.worker.terminate();
  }

  /** A job whose request was answered while it waited; one already running goes on, bounded by the timeout. */
  private leave(job: Job): void {
    const at = this.waiting.indexOf(job);
    if (at < 0) return;
    this.waiting.splice(at, 1);
    const reason: unknown = job.signal?.reason;
    job.reject(reason instanceof Error ? reason : new Error('the extraction was abandoned while it waited'));
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    for (let job = this.waiting.shift(); job; job = this.waiting.shift()) {
      try {
        job.resolve(await this.run(job));
      } catch (error) {
        job.reject(error);
      }
    }
    this.running = false;
    // Idle, the worker does not keep the process alive: a process ends without closing it first.
    this.live?.worker.unref();
  }

  private async run(job: Job): Promise<Extraction> {
    const live = this.live ?? this.start();
    live.worker.ref();
    await live.ready;
    return new Promise<Extraction>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.log?.warn(
          { timeoutMs: this.timeoutMs, textLength: job.text.length },
          'extraction timed out: its worker is replaced',
        );
        this.discard(live);
        reject(new ExtractionTimeoutError(this.timeoutMs));
      }, this.timeoutMs);
      live.settle = (outcome) => {
        clearTimeout(timer);
        live.settle = undefined;
        if ('error' in outcome) reject(outcome.error);
        else resolve(outcome.extraction);
      };
      this.send(live, job).catch((error: Error) => live.settle?.({ error }));
    });
  }

  /** The version's entities once per worker, in parts with turns between; then the text. */
  private async send(live: Live, job: Job): Promise<void> {
    const post = (message: ToWorker) => live.worker.postMessage(message);
    const { graphVersion, known } = job.entities;
    if (live.graphVersion !== graphVersion) {
      const pace = pacer();
      // At least one part, so that a graph without entities has its (empty) gazetteer too.
      for (let at = 0; at === 0 || at < known.length; at += PART) {
        post({ kind: 'entities', graphVersion, known: known.slice(at, at + PART) });
        await pace();
      }
      live.graphVersion = graphVersion;
    }
    post({ kind: 'extract', graphVersion, text: job.text });
  }

  private start(): Live {
    const worker = new Worker(WORKER_FILE);
    let onReady!: () => void;
    let onFailed!: (error: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      onReady = resolve;
      onFailed = reject;
    });
    const live: Live = { worker, graphVersion: null, ready };
    // Awaited by the extraction that started it; a failure is that extraction's.
    live.ready.catch(() => {});
    // A worker that dies (it could not load, an error outside an extraction) fails what it was
    // doing; the next extraction starts another.
    const fail = (error: Error) => {
      const settle = live.settle;
      this.discard(live);
      onFailed(error);
      settle?.({ error });
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') onReady();
      else if (message.kind === 'built') {
        const { graphVersion, entities, ms } = message;
        this.log?.info({ graphVersion, entities, ms, threadId: worker.threadId }, 'gazetteer built');
      } else if (message.kind === 'extracted') live.settle?.({ extraction: message.extraction });
      else live.settle?.({ error: new Error(message.message) });
    });
    this.live = live;
    return live;
  }

  /** Forgets a worker and stops it; its late messages settle nothing. */
  private discard(live: Live): void {
    if (this.live === live) this.live = null;
    live.settle = undefined;
    void live.worker.terminate();
  }
}
