import { CompiledQuery, type Kysely, type Selectable } from 'kysely';
import { UserErrorCode } from '../domain/user-error-code';
import type { Database } from './database';
import { chunks, inChunks } from './chunks';
import { changeDegrees, countAllDegrees, unstoredRelations } from './entity-degrees';
import { mergeEntity } from './merge-entity';
import type { EntityRecord, SourceGraph } from './records';
import { Refusal } from './refusal';
import { storedContradictions } from './stored-facts';
import { entityRow, evidenceRow, figureRow, positionRow, relationRow, sentenceRow, sourceRow, toEntity } from './rows';
import type { StoreDialect } from './store-dialect';
import { bumpVersions, writeTransaction } from './write-transaction';
import type { WriteAuthor, WriteProblem, WriteResult } from './write-records';

/** Entity rows made and inserted at a time. */
const ROWS_PER_PART = 2_000;

/** What an import did: `stored` is false when the source was stored already (nothing written). */
export interface ImportOutcome {
  stored: boolean;
  /** Entities that were already in the graph and grew (aliases, mentions). */
  merged: string[];
  added: string[];
}

/**
 * The one write path of a source and its graph (imports, the seed loader, start-up seeding),
 * in one transaction. The source stored already with the same text: nothing written, and
 * `stored` false; with another text, a CONFLICT. Entities the graph holds already merge
 * (`mergeEntity`) and their versions go up; links to stored entities must find them. The
 * dialect's write lock comes first, so two processes loading the same seed write it once.
 * Problems name their field as `["graph", "entities" | "relations" | "figures", <id>, field]`;
 * the caller, which knows the input, turns ids into positions.
 */
export async function writeSourceGraph(
  db: Kysely<Database>,
  dialect: StoreDialect,
  graph: SourceGraph,
  author: WriteAuthor,
): Promise<WriteResult<ImportOutcome>> {
  return writeTransaction(db, dialect, author, async (trx) => {
    // Relations stored already (by id) are skipped by the write: only the others add to degrees.
    const fresh = await unstoredRelations(trx, graph.relations);
    const part = await writeGraphPart(trx, dialect, graph, new Set());
    if (!part.stored) return { value: { stored: false, merged: [], added: [] }, change: null };
    await changeDegrees(
      trx,
      fresh.flatMap((r) => [r.subjectId, r.objectId]),
      1,
    );
    // Stored entities this source merges or links to have changed: their versions go up.
    await bumpVersions(trx, part.touchedStored);
    const { text: _text, ...source } = graph.source;
    const outcome: ImportOutcome = {
      stored: true,
      merged: part.merged.map((e) => e.id),
      added: part.added.map((e) => e.id),
    };
    return {
      value: outcome,
      change: {
        operation: 'importSource',
        entityIds: part.entityIds,
        before: part.merged.length > 0 ? { merged: part.mergedBefore } : null,
        after: {
          source,
          added: {
            entities: part.added.length,
            relations: graph.relations.length,
            positions: graph.positions.length,
            figures: graph.figures.length,
          },
          merged: part.merged,
        },
      },
    };
  });
}

/**
 * Many source graphs as one write (a bulk load): each is checked and stored exactly as
 * `writeSourceGraph` checks and stores it, in order, so a graph may link to entities of the
 * graphs before it; the first refused rolls the whole load back. As one write it records one
 * change (`loadSources`) and bumps once the version of each entity stored before the load that
 * the load merges or links to; entities it creates stay at version 1. `onStored` hears each
 * graph as it is written (for progress).
 */
export async function writeSourceGraphs(
  db: Kysely<Database>,
  dialect: StoreDialect,
  graphs: Iterable<SourceGraph>,
  author: WriteAuthor,
  onStored: (graph: SourceGraph) => void = () => {},
): Promise<WriteResult<{ stored: string[] }>> {
  return writeTransaction(db, dialect, author, async (trx) => {
    const created = new Set<string>();
    const touchedStored = new Set<string>();
    const stored: string[] = [];
    const counts = { entities: 0, relations: 0, positions: 0, figures: 0 };
    const restoreIndexes = await dialect.deferIndexes(trx);
    for (const graph of graphs) {
      const part = await writeGraphPart(trx, dialect, graph, created);
      if (part.stored) {
        stored.push(graph.source.id);
        for (const e of part.added) created.add(e.id);
        for (const id of part.touchedStored) touchedStored.add(id);
        const before = counts.entities;
        counts.entities += part.added.length;
        counts.relations += graph.relations.length;
        counts.positions += graph.positions.length;
        counts.figures += graph.figures.length;
        await dialect.bulkProgress(trx, before, counts.entities);
      }
      onStored(graph);
    }
    await restoreIndexes();
    if (stored.length === 0) return { value: { stored }, change: null };
    // Degrees once for the whole load, from the indexes just built, not a change per relation.
    await countAllDegrees(trx);
    await bumpVersions(trx, [...touchedStored]);
    return {
      value: { stored },
      // Every entity a graph gives or links to was created by the load or stored before it.
      change: {
        operation: 'loadSources',
        entityIds: [...created, ...touchedStored],
        before: null,
        after: { sources: stored, added: counts },
      },
    };
  });
}

interface GraphPart {
  stored: boolean;
  added: EntityRecord[];
  merged: EntityRecord[];
  /** The merged entities as they were. */
  mergedBefore: EntityRecord[];
  /** Entities stored before (not among `known`) that this graph merges or links to. */
  touchedStored: string[];
  /** Every entity the graph gives or links to. */
  entityIds: string[];
}

/**
 * Checks one source graph and writes its rows, inside the caller's transaction: everything a
 * write of it does but the version bumps and the change record, which the caller makes.
 * `known` are entities this transaction created already: they exist, and need no look-up.
 */
async function writeGraphPart(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  graph: SourceGraph,
  known: Set<string>,
): Promise<GraphPart> {
  const existing = await trx
    .selectFrom('sources')
    .select(['id', 'text'])
    .where('id', '=', graph.source.id)
    .executeTakeFirst();
  if (existing) {
    if (existing.text === graph.source.text)
      return { stored: false, added: [], merged: [], mergedBefore: [], touchedStored: [], entityIds: [] };
    throw new Refusal([
      {
        code: UserErrorCode.CONFLICT,
        field: ['source', 'id'],
        message: `${graph.source.id} is stored already, with another text`,
      },
    ]);
  }
  await trx.insertInto('sources').values(sourceRow(graph.source)).execute();
  await dialect.insertRows(trx, 'sentences', graph.sentences.map(sentenceRow));

  const givenIds = new Set<string>();
  for (const e of graph.entities) givenIds.add(e.id);
  // Entities linked to, neither given nor created earlier in this transaction, each once: the
  // ones to look up. Plain loops with one set test per link end, as a bulk load links millions.
  const unknownIds = new Set<string>();
  const link = (id: string | null) => {
    if (id !== null && !known.has(id) && !givenIds.has(id)) unknownIds.add(id);
  };
  for (const r of graph.relations) {
    link(r.subjectId);
    link(r.objectId);
  }
  for (const p of graph.positions) {
    link(p.personId);
    link(p.ofId);
  }
  for (const f of graph.figures) {
    link(f.attackId);
    link(f.reportedById);
  }
  const unknown = [...unknownIds];
  // Given entities may merge with stored ones: their rows are read. Linked ones need only exist.
  const stored = await byIds<Selectable<Database['entities']>>(trx, dialect, 'select * from entities', 'id', [
    ...givenIds,
  ]);
  const storedById = new Map(stored.map((r) => [r.id, toEntity(r)]));
  const found = new Set(
    (await byIds<{ id: string }>(trx, dialect, 'select id from entities', 'id', unknown)).map((r) => r.id),
  );

  // Sentences and evidence cite this source or stored ones (checked here too, not only by
  // foreign keys: a bulk load writes with those off).
  const citedIds = new Set<string>();
  for (const c of graph.sentences) if (c.sourceId !== graph.source.id) citedIds.add(c.sourceId);
  for (const c of graph.evidence) if (c.sourceId !== graph.source.id) citedIds.add(c.sourceId);
  const cited = [...citedIds];
  const citedStored = new Set(
    (await byIds<{ id: string }>(trx, dialect, 'select id from sources', 'id', cited)).map((r) => r.id),
  );

  const problems: WriteProblem[] = [];
  for (const id of cited.filter((id) => !citedStored.has(id))) {
    problems.push({ code: UserErrorCode.UNKNOWN_REFERENCE, field: ['graph'], message: `no source has id "${id}"` });
  }
  for (const id of unknown.filter((id) => !found.has(id))) {
    problems.push({ code: UserErrorCode.UNKNOWN_REFERENCE, field: ['graph'], message: `no entity has id "${id}"` });
  }
  // The write rules against what is stored (`storedContradictions`): who said or carried out
  // what, a relation's role and a figure's qualifier stay as the graph holds them.
  const wasStored = (id: string) => storedById.has(id) || found.has(id) || known.has(id);
  for (const c of await storedContradictions(trx, graph, wasStored)) {
    const list = c.field === 'qualifier' ? 'figures' : 'relations';
    problems.push({ code: c.code, field: ['graph', list, c.id, c.field], message: c.message });
  }
  const added: EntityRecord[] = [];
  const merged: EntityRecord[] = [];
  for (const entity of graph.entities) {
    const before = storedById.get(entity.id);
    if (!before) {
      added.push(entity);
      continue;
    }
    const outcome = mergeEntity(before, entity);
    if ('problem' in outcome)
      problems.push({ ...outcome.problem, field: ['graph', 'entities', entity.id, outcome.problem.field] });
    else merged.push(outcome.merged);
  }
  if (problems.length > 0) throw new Refusal(problems);

  // Rows made a part at a time, so the statements between (where the event loop may turn)
  // split the work: 28,600 entity rows made at once were 57 ms of one task.
  for (const part of chunks(added, ROWS_PER_PART)) await dialect.insertRows(trx, 'entities', part.map(entityRow));
  await dialect.indexForSearch(trx, added);
  for (const entity of merged) {
    const { id: _id, ...row } = entityRow(entity);
    await trx.updateTable('entities').set(row).where('id', '=', entity.id).execute();
  }
  await dialect.unindexForSearch(
    trx,
    merged.map((e) => e.id),
  );
  await dialect.indexForSearch(trx, merged);

  await dialect.insertRows(trx, 'relations', graph.relations.map(relationRow), ['id']);
  await dialect.insertRows(trx, 'positions', graph.positions.map(positionRow), ['id']);
  await dialect.insertRows(trx, 'figures', graph.figures.map(figureRow), ['id']);
  await dialect.insertRows(trx, 'evidence', graph.evidence.map(evidenceRow), [
    'owner_id',
    'source_id',
    'start_offset',
    'end_offset',
  ]);
  return {
    stored: true,
    added,
    merged,
    mergedBefore: merged.map((e) => storedById.get(e.id)!),
    touchedStored: [...merged.map((e) => e.id).filter((id) => !known.has(id)), ...unknown],
    // Distinct. Without `known` (one graph's write), `unknown` is every entity linked and not given.
    entityIds: [...givenIds, ...unknown],
  };
}

/**
 * The rows of `select` (a statement with no where clause) whose `column` is one of `ids`, a
 * bounded list per statement (`inChunks`): with whole lists of ten thousand ids, PostgreSQL's
 * load of 100,000 entities measured 104.7 s against 75.5 s before; bounded, 41.9 s against 58.8 s.
 */
async function byIds<R>(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  select: string,
  column: string,
  ids: string[],
): Promise<R[]> {
  const text = `${select} where ${dialect.inList(column)}`;
  return inChunks(
    ids,
    async (part) => (await trx.executeQuery<R>(CompiledQuery.raw(text, [dialect.listParameter(part)]))).rows,
  );
}
