import { LRUCache } from 'lru-cache';
import { type RequestKey, sameRequest } from './request-key';

/** A stored answer: the exact bytes Apollo sent, and what a hit must send with them. */
export interface CachedResponse {
  /** The graph version the answer was computed at; a hit needs the version to be this still. */
  version: number;
  /** The request it answers, as sent: a hit must be these very bytes. */
  request: Buffer | string;
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Bytes an entry is counted as beyond its body, request and key: the object and its strings. */
const ENTRY_OVERHEAD = 200;

/**
 * Answers of read requests, least recently used dropped first once `maxBytes` is reached.
 * Entries of an older version are never answered; `clear()` frees them when the version moves.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) =>
        entry.body.length + entry.request.length * 2 + key.length * 2 + entry.etag.length * 2 + ENTRY_OVERHEAD,
    });
  }

  /** The answer stored for the request at `version`, if any. */
  get({ key, exact }: RequestKey, version: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version && sameRequest(entry.request, exact) ? entry : undefined;
  }

  set(key: string, entry: CachedResponse): void {
    // lru-cache skips an answer larger than the whole budget rather than empty itself for it.
    this.entries.set(key, entry);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
