import { CompiledQuery, type Kysely, type Selectable } from 'kysely';
import { Direction } from '../domain/direction';
import type { Database } from './database';
import type {
  EvidenceRecord,
  FigureRecord,
  LinkKey,
  Page,
  PositionRecord,
  RelationPageQuery,
  RelationRecord,
  SentenceRecord,
  SourceRecord,
  StoredEntityRecord,
} from './records';
import type { ReadNow } from './read-now';
import { relationPages } from './relation-pages';
import { toEntity, toFigure, toPosition, toRelation, toSentence, toSource } from './rows';
import type { StoreDialect } from './store-dialect';

/**
 * `KyselyGraphStore`'s reads by lists of ids, the batches its loaders make, and the one
 * statement runner every read shares (`read`).
 */
export class StoreReads {
  private readonly hot: HotQueries;

  /** `readNow` runs reads at once where the database answers synchronously (SQLite). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    private readonly readNow?: ReadNow,
  ) {
    this.hot = hotQueries(dialect);
  }

  async listSources(): Promise<SourceRecord[]> {
    const rows = await this.db.selectFrom('sources').selectAll().orderBy('id').execute();
    return rows.map(toSource);
  }

  async sourcesByIds(ids: readonly string[]): Promise<SourceRecord[]> {
    const rows = await this.byList<Database['sources']>(this.hot.sources, ids);
    return rows.map(toSource);
  }

  async sentencesBySources(sourceIds: readonly string[]): Promise<SentenceRecord[]> {
    const rows = await this.byList<Database['sentences']>(this.hot.sentences, sourceIds);
    return rows.map(toSentence);
  }

  async entitiesByIds(ids: readonly string[]): Promise<StoredEntityRecord[]> {
    const rows = await this.byList<Selectable<Database['entities']>>(this.hot.entities, ids);
    return rows.map(toEntity);
  }

  async relationsByIds(ids: readonly string[]): Promise<RelationRecord[]> {
    const rows = await this.byList<Database['relations']>(this.hot.relations, ids);
    return rows.map(toRelation);
  }

  async linkedRelations(keys: readonly LinkKey[]): Promise<RelationRecord[]> {
    if (keys.length === 0) return [];
    const outgoing: [string, string][] = [];
    const incoming: [string, string][] = [];
    for (const key of keys)
      (key.direction === Direction.OUTGOING ? outgoing : incoming).push([key.entityId, key.predicate]);
    const rows = await this.read<Database['relations']>(
      CompiledQuery.raw(this.hot.linkedRelations, [
        this.dialect.pairsParameter(outgoing),
        this.dialect.pairsParameter(incoming),
      ]),
    );
    return rows.map(toRelation);
  }

  async relationPages(queries: readonly RelationPageQuery[]): Promise<Page<RelationRecord>[]> {
    return relationPages(this.db, queries, (query) => this.read(query));
  }

  async evidenceByOwners(ownerIds: readonly string[]): Promise<EvidenceRecord[]> {
    const rows = await this.byList<EvidenceRow>(this.hot.evidence, ownerIds);
    return rows.map((r) => ({
      ownerId: r.owner_id,
      sourceId: r.source_id,
      start: r.start_offset,
      end: r.end_offset,
      quote: r.quote,
      sentence: {
        sourceId: r.source_id,
        index: r.idx,
        start: r.sentence_start,
        end: r.sentence_end,
        text: r.sentence_text,
      },
    }));
  }

  async figuresByAttacks(attackIds: readonly string[]): Promise<FigureRecord[]> {
    const rows = await this.byList<Database['figures']>(this.hot.figures, attackIds);
    return rows.map(toFigure);
  }

  async positionsByPeople(personIds: readonly string[]): Promise<PositionRecord[]> {
    const rows = await this.byList<Database['positions']>(this.hot.positions, personIds);
    return rows.map(toPosition);
  }

  /**
   * Runs one of the hot lookups with the distinct ids as its one parameter. The SQL is written
   * once (`hotQueries`), so a request builds and compiles no query for them: Kysely's building
   * and compiling was 11% of the entity page's CPU, most of it on these.
   */
  private async byList<R>(text: string, ids: readonly string[]): Promise<R[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    return this.read<R>(CompiledQuery.raw(text, [this.dialect.listParameter(unique)]));
  }

  /** The rows of a read statement: at once where the connection is free to answer (`readNow`), else through Kysely. */
  async read<R>(query: CompiledQuery): Promise<R[]> {
    const rows = this.readNow?.(query.sql, query.parameters);
    return (rows ?? (await this.db.executeQuery<R>(query)).rows) as R[];
  }
}

/** The batch lookups every page makes, by a list of ids, in the order the loaders expect. */
type HotQueries = ReturnType<typeof hotQueries>;

function hotQueries(dialect: StoreDialect) {
  return {
    sources: `select * from sources where ${dialect.inList('id')}`,
    sentences: `select * from sentences where ${dialect.inList('source_id')} order by source_id, idx`,
    entities: `select * from entities where ${dialect.inList('id')}`,
    relations: `select * from relations where ${dialect.inList('id')}`,
    evidence: `select e.owner_id, e.source_id, e.start_offset, e.end_offset, e.quote, s.idx,
        s.start_offset as sentence_start, s.end_offset as sentence_end, s.text as sentence_text
      from evidence e join sentences s on s.source_id = e.source_id and s.idx = e.sentence_idx
      where ${dialect.inList('e.owner_id')}
      order by e.owner_id, e.source_id, e.start_offset`,
    figures: `select * from figures where ${dialect.inList('attack_id')} order by id`,
    positions: `select * from positions where ${dialect.inList('person_id')} order by id`,
    // Relations leaving an entity by (subject, predicate), entering it by (object, predicate):
    // a union, so each side keeps its index (an `or` of two lists would scan on PostgreSQL).
    linkedRelations: `select r.* from ${dialect.pairsTable(1)} p
        join relations r on r.subject_id = p.first_key and r.predicate = p.second_key
      union
      select r.* from ${dialect.pairsTable(2)} p
        join relations r on r.object_id = p.first_key and r.predicate = p.second_key
      order by id`,
  };
}

interface EvidenceRow {
  owner_id: string;
  source_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  idx: number;
  sentence_start: number;
  sentence_end: number;
  sentence_text: string;
}
