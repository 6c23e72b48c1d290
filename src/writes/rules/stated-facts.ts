import { Predicate } from '../../domain/predicate';
import { UserErrorCode } from '../../domain/user-error-code';
import type { FigureRecord, RelationRecord } from '../../store/records';

/** What the stored graph already says about the entities a write touches (see `readStoredFacts`). */
export interface StoredFacts {
  /** Each stored statement's SAID relation: its one speaker. */
  speakerOf: ReadonlyMap<string, RelationRecord>;
  /** Each stored attack's CARRIED_OUT relation: its one perpetrator. */
  perpetratorOf: ReadonlyMap<string, RelationRecord>;
  /** Stored relations by id: the same id states the same fact, so its role must agree. */
  relations: ReadonlyMap<string, RelationRecord>;
  /** Stored figures by id (attack, metric, value, reporter): a second report must agree on the qualifier. */
  figures: ReadonlyMap<string, FigureRecord>;
}

/** A proposed relation or figure that contradicts the stored graph. */
export interface Contradiction {
  /** The relation's or figure's id. */
  id: string;
  /** The proposed item's field that disagrees. */
  field: 'subject' | 'role' | 'qualifier';
  code: UserErrorCode;
  message: string;
}

/**
 * What may be stated about entities the graph holds, the same for imports, edits, seeding and
 * extractor drafts: who said a statement and who carried out an attack are facts a later
 * source may cite again but not change; a relation given again keeps its role (a position's
 * title is its role, part of what it is); a figure given again keeps its qualifier. Each
 * contradiction names the stored fact.
 */
export function contradictions(
  proposed: { relations: readonly RelationRecord[]; figures: readonly FigureRecord[] },
  stored: StoredFacts,
): Contradiction[] {
  const found: Contradiction[] = [];
  for (const r of proposed.relations) {
    const one =
      r.predicate === Predicate.SAID
        ? stored.speakerOf
        : r.predicate === Predicate.CARRIED_OUT
          ? stored.perpetratorOf
          : null;
    const standing = one?.get(r.objectId);
    if (standing && standing.subjectId !== r.subjectId) {
      const who = r.predicate === Predicate.SAID ? 'a statement has one speaker' : 'an attack has one perpetrator';
      found.push({
        id: r.id,
        field: 'subject',
        code: UserErrorCode.CONFLICT,
        message: `${standing.subjectId} ${standing.predicate} ${r.objectId} is stored (${standing.id}), and ${who}: ${r.subjectId} cannot be added`,
      });
      continue;
    }
    const same = stored.relations.get(r.id);
    if (same && same.role !== r.role) {
      const what = r.predicate === Predicate.HOLDS_POSITION ? 'the position' : 'the relation';
      found.push({
        id: r.id,
        field: 'role',
        code: UserErrorCode.CONFLICT,
        message: `${r.id} is stored with role ${JSON.stringify(same.role)}, not ${JSON.stringify(r.role)}: ${what} cannot change its role`,
      });
    }
  }
  for (const f of proposed.figures) {
    const same = stored.figures.get(f.id);
    if (same && same.qualifier !== f.qualifier) {
      found.push({
        id: f.id,
        field: 'qualifier',
        code: UserErrorCode.CONFLICT,
        message: `${f.id} is stored with qualifier ${JSON.stringify(same.qualifier)}, not ${JSON.stringify(f.qualifier)}`,
      });
    }
  }
  return found;
}

/** A relation from an entity to itself says nothing a source could cite: refused on every path. */
export function selfRelation(relation: RelationRecord): string | null {
  return relation.subjectId === relation.objectId
    ? `${relation.subjectId} ${relation.predicate} itself: a relation needs two entities`
    : null;
}
