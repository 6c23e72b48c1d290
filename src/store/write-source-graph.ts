import type { Kysely } from 'kysely';
import { inChunks, insertInChunks } from './chunks';
import type { Database } from './database';
import type { SourceGraph } from './records';
import { entityRow, evidenceRow, figureRow, positionRow, relationRow, sentenceRow, sourceRow } from './rows';
import type { StoreDialect } from './store-dialect';

/**
 * The write path: a source and its graph in one transaction; false, and nothing written, when
 * the source is already stored. The dialect first takes its write lock, so two processes
 * loading the same seed at once write it once: the second finds the source and stops.
 */
export async function writeSourceGraph(db: Kysely<Database>, dialect: StoreDialect, graph: SourceGraph): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await dialect.lockWrites(trx);
    const existing = await trx.selectFrom('sources').select('id').where('id', '=', graph.source.id).executeTakeFirst();
    if (existing) return false;
    await trx.insertInto('sources').values(sourceRow(graph.source)).execute();
    await insertInChunks(graph.sentences, sentenceRow, (rows) => trx.insertInto('sentences').values(rows).execute());

    // Entities, relations, positions and figures may already stand from another source:
    // a later source adds its evidence to them and leaves them as they are.
    const stored = await inChunks(
      graph.entities.map((e) => e.id),
      (part) => trx.selectFrom('entities').select('id').where('id', 'in', part).execute(),
    );
    const storedIds = new Set(stored.map((r) => r.id));
    const added = graph.entities.filter((e) => !storedIds.has(e.id));
    await insertInChunks(added, entityRow, (rows) => trx.insertInto('entities').values(rows).execute());
    await dialect.indexForSearch(trx, added);
    await insertInChunks(graph.relations, relationRow, (rows) =>
      trx.insertInto('relations').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute(),
    );
    await insertInChunks(graph.positions, positionRow, (rows) =>
      trx.insertInto('positions').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute(),
    );
    await insertInChunks(graph.figures, figureRow, (rows) =>
      trx.insertInto('figures').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute(),
    );
    await insertInChunks(graph.evidence, evidenceRow, (rows) =>
      trx
        .insertInto('evidence')
        .values(rows)
        .onConflict((oc) => oc.columns(['owner_id', 'source_id', 'start_offset', 'end_offset']).doNothing())
        .execute(),
    );
    return true;
  });
}
