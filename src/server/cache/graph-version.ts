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

  /** Starts following the store's version; `close()` stops. */
  static async follow(store: GraphStore): Promise<GraphVersion> {
    const graphVersion = new GraphVersion();
    graphVersion.stop = await store.watchGraphVersion((version) => graphVersion.heard(version));
    return graphVersion;
  }

  get current(): number | null {
    return this.version;
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
