import type { Kysely } from 'kysely';
import type { Database } from './database';
import { graphVersion } from './keys-and-changes';
import type { ListenVersion, VersionListener } from './version-listener';

type Watcher = (version: number | null) => void;

/**
 * Who in this process wants to know the graph version (the response cache), and the listener
 * that hears other processes' writes (PostgreSQL's LISTEN, started with the first watcher and
 * stopped with the last). Without `listenVersion` this process is the only writer, and each of
 * its writes announces the version it committed.
 */
export class VersionWatchers {
  private readonly watchers = new Set<Watcher>();
  private listener: VersionListener | null = null;
  /** The listener's last word: null while it cannot hear other processes' writes. */
  private heard: number | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly listenVersion?: ListenVersion,
  ) {}

  async watch(onChange: Watcher): Promise<() => Promise<void>> {
    this.watchers.add(onChange);
    if (this.listenVersion) {
      this.listener ??= this.listenVersion(
        () => graphVersion(this.db),
        (version) => {
          this.heard = version;
          this.watchers.forEach((watcher) => watcher(version));
        },
      );
      // Until the listener is up the version stays unknown: wait for it, so a fresh replica caches from its first request.
      await this.listener.ready;
      if (this.heard !== null) onChange(this.heard);
    } else {
      onChange(await graphVersion(this.db));
    }
    return async () => {
      this.watchers.delete(onChange);
      if (this.watchers.size === 0 && this.listener) {
        const listener = this.listener;
        this.listener = null;
        this.heard = null;
        await listener.close();
      }
    };
  }

  /**
   * A write's result, handed back only once the watchers know the version it committed: a
   * writer that was answered can then read its write through any cache of this process.
   */
  async announced<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      // Deaf to other processes, a version read here would vouch for what it cannot know.
      if (this.watchers.size > 0 && !(this.listenVersion && this.heard === null)) {
        const version = await graphVersion(this.db).catch(() => null);
        this.watchers.forEach((watcher) => watcher(version));
      }
    }
  }

  async close(): Promise<void> {
    this.watchers.clear();
    await this.listener?.close();
    this.listener = null;
  }
}
