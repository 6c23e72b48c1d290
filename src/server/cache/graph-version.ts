import type { GraphStore } from '../../store/graph-store';

/**
 * The graph's version as this process last heard it, read per request without a query.
 * `null` while it is unknown (not heard yet, or the store cannot hear other replicas' writes):
 * nothing may then be answered from a cache.
 */
export class GraphVersion {
  private version: number | null = null;
  private readonly listeners = new Set<(version: number | null) => void>();
  private stop: (() => Promise<void>) | null = null;
  /** The read under way, and the one that starts when it ends, shared by the requests that wait for it. */
  private reading: Promise<unknown> | null = null;
  private nextRead: Promise<number | null> | null = null;

  private constructor(private readonly store: GraphStore) {}

  /** Starts following the store's version; `close()` stops. */
  static async follow(store: GraphStore): Promise<GraphVersion> {
    const graphVersion = new GraphVersion(store);
    graphVersion.stop = await store.watchGraphVersion((version) => graphVersion.heard(version));
    return graphVersion;
  }

  get current(): number | null {
    return this.version;
  }

  /** True when `current` may lag a write another process has acknowledged: use `read()`. */
  get lags(): boolean {
    return this.store.otherProcessesWrite;
  }

  /**
   * The version as the database has it now, read after this call was made: a write another
   * replica acknowledged before the call is in it, though its notification has not arrived.
   * Callers that arrive while a read is out share the next one, so a stream of cache hits
   * costs one small query per round trip, not one per request. Null when it cannot be read.
   */
  read(): Promise<number | null> {
    // A read already out may have started before this call: only the next one is sure to be later.
    this.nextRead ??= (this.reading ?? Promise.resolve()).then(() => {
      const read = this.store.graphVersion().then(
        (version) => {
          this.heard(version);
          return version;
        },
        () => null,
      );
      this.reading = read;
      this.nextRead = null;
      return read;
    });
    return this.nextRead;
  }

  /** Called whenever the version moves or becomes unknown. */
  onChange(listener: (version: number | null) => void): void {
    this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.version = null;
    const stop = this.stop;
    this.stop = null;
    await stop?.();
  }

  private heard(version: number | null): void {
    // Versions only grow: a read that raced a newer notification must not move it back.
    const next = version === null ? null : Math.max(version, this.version ?? version);
    if (next === this.version) return;
    this.version = next;
    this.listeners.forEach((listener) => listener(next));
  }
}
