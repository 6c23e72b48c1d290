import { Gazetteer } from '../extract';
import type { GraphStore } from '../store/graph-store';
import { knownEntities } from './known-entities';

/** What one build read: the graph version it was built at, the entities it holds, how long it took. */
export interface GazetteerBuild {
  graphVersion: number;
  entities: number;
  ms: number;
}

interface Entry {
  version: number;
  gazetteer: Promise<Gazetteer>;
}

/**
 * The extractor's gazetteer, built once per graph version and shared by every request of the
 * process. Each call reads the version (one small query), so a write by any replica on the same
 * PostgreSQL is seen by the next extraction here; requests that arrive while a build is under
 * way wait for that build rather than start their own.
 */
export class GazetteerCache {
  private latest: Entry | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly onBuilt: (build: GazetteerBuild) => void = () => {},
  ) {}

  async get(): Promise<Gazetteer> {
    const version = await this.store.graphVersion();
    // Versions only grow: an entry at least as new as the version read is current.
    if (this.latest && this.latest.version >= version) return this.latest.gazetteer;
    const entry: Entry = { version, gazetteer: this.build(version) };
    this.latest = entry;
    // A failed build (the database away a moment) is not kept: the next request tries again.
    entry.gazetteer.catch(() => {
      if (this.latest === entry) this.latest = null;
    });
    return entry.gazetteer;
  }

  /** Read after the version, so what it holds is at least that version's graph. */
  private async build(version: number): Promise<Gazetteer> {
    const started = performance.now();
    const known = await knownEntities(this.store);
    const gazetteer = Gazetteer.of(known);
    this.onBuilt({ graphVersion: version, entities: known.length, ms: Math.round(performance.now() - started) });
    return gazetteer;
  }
}
