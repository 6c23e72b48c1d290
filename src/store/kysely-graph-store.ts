import { type Expression, Kysely, Migrator, type SqlBool, sql } from 'kysely';
import { Direction } from '../domain/direction';
import type { EntityType } from '../domain/entity-type';
import type { FigureMetric } from '../domain/figure-metric';
import type { NegotiationStatus } from '../domain/negotiation-status';
import type { Predicate } from '../domain/predicate';
import type { Weapon } from '../domain/weapon';
import { fold } from '../text/fold';
import type { Database, EntitiesTable } from './database';
import type { GraphStore } from './graph-store';
import { migrations } from './migrations';
import type {
  EntityListQuery,
  EntityRecord,
  EvidenceRecord,
  FigureRecord,
  LinkKey,
  NeighborQuery,
  NeighborRecord,
  Page,
  PathQuery,
  PathRecord,
  PositionRecord,
  RelationPageQuery,
  RelationRecord,
  SearchHit,
  SentenceRecord,
  SearchQuery,
  SourceGraph,
  SourceRecord,
  StatsRecord,
} from './records';
import { kShortestPaths } from './path-finder';
import type { StoreDialect } from './store-dialect';

/** Rows per INSERT and ids per IN list: well under every dialect's bound-parameter limit. */
const CHUNK = 500;
/** Walk steps one neighborhood call may take before it stops widening (nearest first). */
export const WALK_CAP = 20_000;

/**
 * The store in portable Kysely: everything here runs on SQLite and PostgreSQL alike.
 * Dialect set-up (connections, pragmas) lives in the dialect folders that construct it.
 */
export class KyselyGraphStore implements GraphStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async migrate(): Promise<void> {
    const all = { ...migrations, ...this.dialect.migrations };
    const { error } = await new Migrator({ db: this.db, provider: { getMigrations: async () => all } }).migrateToLatest();
    if (error) throw error;
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async saveSourceGraph(graph: SourceGraph): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('sources').select('id').where('id', '=', graph.source.id).executeTakeFirst();
      if (existing) return false;
      const { source } = graph;
      await trx
        .insertInto('sources')
        .values({
          id: source.id,
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          published_on: source.publishedOn,
          text: source.text,
        })
        .execute();
      for (const rows of chunks(graph.sentences)) {
        await trx
          .insertInto('sentences')
          .values(rows.map((s) => ({ source_id: s.sourceId, idx: s.index, start_offset: s.start, end_offset: s.end, text: s.text })))
          .execute();
      }
      // Entities, relations, positions and figures may already stand from another source:
      // a later source adds its evidence to them and leaves them as they are.
      const stored = new Set(
        (await inChunks(graph.entities.map((e) => e.id), (part) => trx.selectFrom('entities').select('id').where('id', 'in', part).execute())).map((r) => r.id),
      );
      const added = graph.entities.filter((e) => !stored.has(e.id));
      for (const rows of chunks(added)) {
        await trx.insertInto('entities').values(rows.map(entityRow)).execute();
      }
      await this.dialect.indexForSearch(trx, added);
      for (const rows of chunks(graph.relations)) {
        await trx
          .insertInto('relations')
          .values(rows.map((r) => ({ id: r.id, predicate: r.predicate, subject_id: r.subjectId, object_id: r.objectId, role: r.role })))
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
      for (const rows of chunks(graph.positions)) {
        await trx
          .insertInto('positions')
          .values(rows.map((p) => ({ id: p.id, person_id: p.personId, title: p.title, of_id: p.ofId })))
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
      for (const rows of chunks(graph.figures)) {
        await trx
          .insertInto('figures')
          .values(
            rows.map((f) => ({
              id: f.id,
              attack_id: f.attackId,
              metric: f.metric,
              value: f.value,
              qualifier: f.qualifier,
              reported_by_id: f.reportedById,
            })),
          )
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
      for (const rows of chunks(graph.evidence)) {
        await trx
          .insertInto('evidence')
          .values(
            rows.map((e) => ({
              owner_id: e.ownerId,
              source_id: e.sourceId,
              start_offset: e.start,
              end_offset: e.end,
              quote: e.quote,
              sentence_idx: e.sentenceIndex,
            })),
          )
          .onConflict((oc) => oc.columns(['owner_id', 'source_id', 'start_offset', 'end_offset']).doNothing())
          .execute();
      }
      return true;
    });
  }

  async listSources(): Promise<SourceRecord[]> {
    const rows = await this.db.selectFrom('sources').selectAll().orderBy('id').execute();
    return rows.map(toSource);
  }

  async sourcesByIds(ids: readonly string[]): Promise<SourceRecord[]> {
    const rows = await inChunks(ids, (part) => this.db.selectFrom('sources').selectAll().where('id', 'in', part).execute());
    return rows.map(toSource);
  }

  async sentencesBySources(sourceIds: readonly string[]): Promise<SentenceRecord[]> {
    const rows = await inChunks(sourceIds, (part) =>
      this.db.selectFrom('sentences').selectAll().where('source_id', 'in', part).orderBy('source_id').orderBy('idx').execute(),
    );
    return rows.map((r) => ({ sourceId: r.source_id, index: r.idx, start: r.start_offset, end: r.end_offset, text: r.text }));
  }

  async entitiesByIds(ids: readonly string[]): Promise<EntityRecord[]> {
    const rows = await inChunks(ids, (part) => this.db.selectFrom('entities').selectAll().where('id', 'in', part).execute());
    return rows.map(toEntity);
  }

  async relationsByIds(ids: readonly string[]): Promise<RelationRecord[]> {
    const rows = await inChunks(ids, (part) => this.db.selectFrom('relations').selectAll().where('id', 'in', part).execute());
    return rows.map(toRelation);
  }

  async linkedRelations(keys: readonly LinkKey[]): Promise<RelationRecord[]> {
    if (keys.length === 0) return [];
    const groups = new Map<string, { predicate: Predicate; column: 'subject_id' | 'object_id'; ids: string[] }>();
    for (const key of keys) {
      const column = key.direction === Direction.OUTGOING ? 'subject_id' : 'object_id';
      const groupKey = `${key.predicate}|${column}`;
      const group = groups.get(groupKey) ?? { predicate: key.predicate, column, ids: [] };
      group.ids.push(key.entityId);
      groups.set(groupKey, group);
    }
    const rows = await this.db
      .selectFrom('relations')
      .selectAll()
      .where((eb) =>
        eb.or(
          [...groups.values()].map((g) => eb.and([eb('predicate', '=', g.predicate), eb(g.column, 'in', g.ids)])),
        ),
      )
      .orderBy('id')
      .execute();
    return rows.map(toRelation);
  }

  async relationPages(queries: readonly RelationPageQuery[]): Promise<Page<RelationRecord>[]> {
    return Promise.all(
      queries.map(async (q) => {
        const base = this.db.selectFrom('relations').where((eb) => {
          const conditions: Expression<SqlBool>[] = [];
          if (q.direction === Direction.OUTGOING) conditions.push(eb('subject_id', '=', q.entityId));
          else if (q.direction === Direction.INCOMING) conditions.push(eb('object_id', '=', q.entityId));
          else conditions.push(eb.or([eb('subject_id', '=', q.entityId), eb('object_id', '=', q.entityId)]));
          if (q.predicates?.length) conditions.push(eb('predicate', 'in', q.predicates));
          return eb.and(conditions);
        });
        let page = base.selectAll().orderBy('id').limit(q.first + 1);
        if (q.after !== undefined) page = page.where('id', '>', q.after);
        const [rows, count] = await Promise.all([
          page.execute(),
          base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        ]);
        return {
          items: rows.slice(0, q.first).map(toRelation),
          totalCount: Number(count.n),
          hasNextPage: rows.length > q.first,
        };
      }),
    );
  }

  async evidenceByOwners(ownerIds: readonly string[]): Promise<EvidenceRecord[]> {
    const rows = await inChunks(ownerIds, (part) =>
      this.db
        .selectFrom('evidence as e')
        .innerJoin('sentences as s', (join) => join.onRef('s.source_id', '=', 'e.source_id').onRef('s.idx', '=', 'e.sentence_idx'))
        .select([
          'e.owner_id',
          'e.source_id',
          'e.start_offset',
          'e.end_offset',
          'e.quote',
          's.idx',
          's.start_offset as sentence_start',
          's.end_offset as sentence_end',
          's.text as sentence_text',
        ])
        .where('e.owner_id', 'in', part)
        .orderBy('e.owner_id')
        .orderBy('e.source_id')
        .orderBy('e.start_offset')
        .execute(),
    );
    return rows.map((r) => ({
      ownerId: r.owner_id,
      sourceId: r.source_id,
      start: r.start_offset,
      end: r.end_offset,
      quote: r.quote,
      sentence: { sourceId: r.source_id, index: r.idx, start: r.sentence_start, end: r.sentence_end, text: r.sentence_text },
    }));
  }

  async figuresByAttacks(attackIds: readonly string[]): Promise<FigureRecord[]> {
    const rows = await inChunks(attackIds, (part) =>
      this.db.selectFrom('figures').selectAll().where('attack_id', 'in', part).orderBy('id').execute(),
    );
    return rows.map((r) => ({
      id: r.id,
      attackId: r.attack_id,
      metric: r.metric as FigureMetric,
      value: r.value,
      qualifier: r.qualifier,
      reportedById: r.reported_by_id,
    }));
  }

  async positionsByPeople(personIds: readonly string[]): Promise<PositionRecord[]> {
    const rows = await inChunks(personIds, (part) =>
      this.db.selectFrom('positions').selectAll().where('person_id', 'in', part).orderBy('id').execute(),
    );
    return rows.map((r) => ({ id: r.id, personId: r.person_id, title: r.title, ofId: r.of_id }));
  }

  async listEntities(query: EntityListQuery): Promise<Page<EntityRecord>> {
    let base = this.db.selectFrom('entities').where('type', '=', query.type);
    if (query.name) base = base.where(sql<SqlBool>`match_names like ${likePattern(fold(query.name))} escape '\\'`);
    if (query.weapon) base = base.where('weapon', '=', query.weapon);
    if (query.status) base = base.where('status', '=', query.status);
    if (query.kind) base = base.where('kind', '=', query.kind);
    for (const link of query.linkedTo ?? []) {
      const [own, other] = link.direction === Direction.OUTGOING ? (['subject_id', 'object_id'] as const) : (['object_id', 'subject_id'] as const);
      base = base.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('relations as l')
            .select('l.id')
            .whereRef(`l.${own}`, '=', 'entities.id')
            .where('l.predicate', '=', link.predicate)
            .where(`l.${other}`, '=', link.entityId),
        ),
      );
    }
    const order = query.descending ? 'desc' : 'asc';
    let page = base.selectAll().orderBy('name', order).orderBy('id', order).limit(query.first + 1);
    const after = query.after;
    if (after) {
      const beyond = query.descending ? '<' : '>';
      page = page.where((eb) =>
        eb.or([eb('name', beyond, after.name), eb.and([eb('name', '=', after.name), eb('id', beyond, after.id)])]),
      );
    }
    const [rows, count] = await Promise.all([
      page.execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.slice(0, query.first).map(toEntity), totalCount: Number(count.n), hasNextPage: rows.length > query.first };
  }

  async neighbors(query: NeighborQuery): Promise<NeighborRecord[]> {
    return this.dialect.walk(this.db, { ...query, cap: WALK_CAP });
  }

  /** Yen's k shortest loop-free paths over bidirectional breadth-first searches (see path-finder.ts). */
  async paths(query: PathQuery): Promise<PathRecord[]> {
    return kShortestPaths(query, (ids) => this.relationsTouching(ids));
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return this.dialect.search(this.db, query);
  }

  async stats(): Promise<StatsRecord> {
    const [entities, relations, sources, figures] = await Promise.all([
      this.db.selectFrom('entities').select(['type', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('type').orderBy('type').execute(),
      this.db.selectFrom('relations').select(['predicate', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('predicate').orderBy('predicate').execute(),
      this.db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      this.db.selectFrom('figures').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return {
      entities: entities.map((r) => ({ type: r.type as EntityType, count: Number(r.count) })),
      relations: relations.map((r) => ({ predicate: r.predicate as Predicate, count: Number(r.count) })),
      sources: Number(sources.count),
      figures: Number(figures.count),
    };
  }

  /** Relations with either end among `ids`, ordered by id. */
  private async relationsTouching(ids: readonly string[]) {
    const rows = await inChunks(ids, (part) =>
      this.db
        .selectFrom('relations')
        .select(['id', 'subject_id', 'object_id'])
        .where((eb) => eb.or([eb('subject_id', 'in', part), eb('object_id', 'in', part)]))
        .execute(),
    );
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    return unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

}

/** Runs `run` over the distinct ids, a bounded IN list at a time, and concatenates the rows. */
async function inChunks<T>(ids: readonly string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const parts = await Promise.all(chunks(unique).map(run));
  return parts.flat();
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function entityRow(e: EntityRecord): EntitiesTable {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: JSON.stringify(e.aliases),
    description: e.description,
    kind: e.kind,
    anonymous: e.anonymous === null ? null : Number(e.anonymous),
    weapon: e.weapon,
    occurred_on: e.occurredOn,
    time_of_day: e.timeOfDay,
    damage: JSON.stringify(e.damage),
    status: e.status,
    topics: JSON.stringify(e.topics),
    outcome: e.outcome,
    statement_text: e.text,
    match_names: [e.name, ...e.aliases].map(fold).join('\n'),
  };
}

function toEntity(r: EntitiesTable): EntityRecord {
  return {
    id: r.id,
    type: r.type as EntityType,
    name: r.name,
    aliases: JSON.parse(r.aliases),
    description: r.description,
    kind: r.kind,
    anonymous: r.anonymous === null ? null : Boolean(r.anonymous),
    weapon: r.weapon as Weapon | null,
    occurredOn: r.occurred_on,
    timeOfDay: r.time_of_day,
    damage: JSON.parse(r.damage),
    status: r.status as NegotiationStatus | null,
    topics: JSON.parse(r.topics),
    outcome: r.outcome,
    text: r.statement_text,
  };
}

function toRelation(r: Database['relations']): RelationRecord {
  return { id: r.id, predicate: r.predicate as Predicate, subjectId: r.subject_id, objectId: r.object_id, role: r.role };
}

function toSource(r: Database['sources']): SourceRecord {
  return { id: r.id, title: r.title, publisher: r.publisher, url: r.url, publishedOn: r.published_on, text: r.text };
}
