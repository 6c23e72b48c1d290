import { LRUCache } from 'lru-cache';

/** A stored answer: the exact bytes Apollo sent, and what a hit must send with them. */
export interface CachedResponse {
  /** The graph version the answer was computed at; a hit needs the version to be this still. */
  version: number;
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Bytes an entry is counted as beyond its body and key: the object and its strings. */
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
      sizeCalculation: (entry, key) => entry.body.length + key.length * 2 + entry.etag.length * 2 + ENTRY_OVERHEAD,
    });
  }

  /** The answer stored for `key` at `version`, if any. */
  get(key: string, version: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version ? entry : undefined;
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
