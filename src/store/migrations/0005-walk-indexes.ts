import type { Kysely, Migration } from 'kysely';

/**
 * Relation indexes that cover the graph walks: from an entity, the other end, the predicate and
 * the relation id all come out of the index, with no read of the table per relation. The other
 * end comes before the predicate so that "the relations between these two entities" is one
 * seek (the walk's `via`, and `linkedTo` filters). They replace the (end, predicate) indexes,
 * whose every use they serve too.
 */
export const walkIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('relations_subject').execute();
    await db.schema.dropIndex('relations_object').execute();
    await db.schema
      .createIndex('relations_subject_walk')
      .on('relations')
      .columns(['subject_id', 'object_id', 'predicate', 'id'])
      .execute();
    await db.schema
      .createIndex('relations_object_walk')
      .on('relations')
      .columns(['object_id', 'subject_id', 'predicate', 'id'])
      .execute();
  },
};
