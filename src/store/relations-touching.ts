import type { Kysely } from 'kysely';
import { inChunks } from './chunks';
import type { Database } from './database';

/** Relations with either end among `ids`, ordered by id: a path search's layer, in portable Kysely. */
export async function relationsTouching(db: Kysely<Database>, ids: readonly string[]) {
  const rows = await inChunks(ids, (part) =>
    db
      .selectFrom('relations')
      .select(['id', 'subject_id', 'object_id'])
      .where((eb) => eb.or([eb('subject_id', 'in', part), eb('object_id', 'in', part)]))
      .execute(),
  );
  const unique = [
    ...new Map(rows.map((r) => [r.id, { id: r.id, subjectId: r.subject_id, objectId: r.object_id }])).values(),
  ];
  return unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
