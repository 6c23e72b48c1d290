import type { Kysely } from 'kysely';
import { UserErrorCode } from '../domain/user-error-code';
import { inChunks, insertInChunks } from './chunks';
import type { Database } from './database';
import { mergeEntity } from './merge-entity';
import type { EntityRecord, SourceGraph } from './records';
import { Refusal } from './refusal';
import { entityRow, evidenceRow, figureRow, positionRow, relationRow, sentenceRow, sourceRow, toEntity } from './rows';
import type { StoreDialect } from './store-dialect';
import { bumpVersions, writeTransaction } from './write-transaction';
import type { WriteAuthor, WriteProblem, WriteResult } from './write-records';

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
 * Problems name their field as `["graph", "entities", <id>, field]`; the caller, which knows
 * the input, turns ids into positions.
 */
export async function writeSourceGraph(
  db: Kysely<Database>,
  dialect: StoreDialect,
  graph: SourceGraph,
  author: WriteAuthor,
): Promise<WriteResult<ImportOutcome>> {
  return writeTransaction(db, dialect, author, async (trx) => {
    const existing = await trx.selectFrom('sources').select(['id', 'text']).where('id', '=', graph.source.id).executeTakeFirst();
    if (existing) {
      if (existing.text === graph.source.text) return { value: { stored: false, merged: [], added: [] }, change: null };
      throw new Refusal([
        { code: UserErrorCode.CONFLICT, field: ['source', 'id'], message: `${graph.source.id} is stored already, with another text` },
      ]);
    }
    await trx.insertInto('sources').values(sourceRow(graph.source)).execute();
    await insertInChunks(graph.sentences, sentenceRow, (rows) => trx.insertInto('sentences').values(rows).execute());

    const givenIds = new Set(graph.entities.map((e) => e.id));
    const referenced = [
      ...graph.relations.flatMap((r) => [r.subjectId, r.objectId]),
      ...graph.positions.flatMap((p) => [p.personId, p.ofId ?? p.personId]),
      ...graph.figures.flatMap((f) => [f.attackId, f.reportedById ?? f.attackId]),
    ];
    const stored = await inChunks([...givenIds, ...referenced], (part) =>
      trx.selectFrom('entities').selectAll().where('id', 'in', part).execute(),
    );
    const storedById = new Map(stored.map((r) => [r.id, toEntity(r)]));

    const problems: WriteProblem[] = [];
    const missing = [...new Set(referenced)].filter((id) => !givenIds.has(id) && !storedById.has(id));
    for (const id of missing)
      problems.push({ code: UserErrorCode.UNKNOWN_REFERENCE, field: ['graph'], message: `no entity has id "${id}"` });
    const added: EntityRecord[] = [];
    const merged: EntityRecord[] = [];
    for (const entity of graph.entities) {
      const before = storedById.get(entity.id);
      if (!before) {
        added.push(entity);
        continue;
      }
      const outcome = mergeEntity(before, entity);
      if ('problem' in outcome) problems.push({ ...outcome.problem, field: ['graph', 'entities', entity.id, outcome.problem.field] });
      else merged.push(outcome.merged);
    }
    if (problems.length > 0) throw new Refusal(problems);

    await insertInChunks(added, entityRow, (rows) => trx.insertInto('entities').values(rows).execute());
    await dialect.indexForSearch(trx, added);
    for (const entity of merged) {
      const { id: _id, ...row } = entityRow(entity);
      await trx.updateTable('entities').set(row).where('id', '=', entity.id).execute();
    }
    // Stored entities this source merges or links to have changed: their versions go up.
    await bumpVersions(trx, [...merged.map((e) => e.id), ...referenced.filter((id) => !givenIds.has(id))]);
    await dialect.unindexForSearch(
      trx,
      merged.map((e) => e.id),
    );
    await dialect.indexForSearch(trx, merged);

    await insertInChunks(graph.relations, relationRow, (rows) =>
      trx
        .insertInto('relations')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute(),
    );
    await insertInChunks(graph.positions, positionRow, (rows) =>
      trx
        .insertInto('positions')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute(),
    );
    await insertInChunks(graph.figures, figureRow, (rows) =>
      trx
        .insertInto('figures')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute(),
    );
    await insertInChunks(graph.evidence, evidenceRow, (rows) =>
      trx
        .insertInto('evidence')
        .values(rows)
        .onConflict((oc) => oc.columns(['owner_id', 'source_id', 'start_offset', 'end_offset']).doNothing())
        .execute(),
    );
    const { text: _text, ...source } = graph.source;
    const outcome: ImportOutcome = { stored: true, merged: merged.map((e) => e.id), added: added.map((e) => e.id) };
    return {
      value: outcome,
      change: {
        operation: 'importSource',
        entityIds: [...givenIds, ...referenced],
        before: merged.length > 0 ? { merged: merged.map((e) => storedById.get(e.id)) } : null,
        after: {
          source,
          added: {
            entities: added.length,
            relations: graph.relations.length,
            positions: graph.positions.length,
            figures: graph.figures.length,
          },
          merged,
        },
      },
    };
  });
}
