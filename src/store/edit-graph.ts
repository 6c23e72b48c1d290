import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { EntityType } from '../domain/entity-type';
import { Predicate } from '../domain/predicate';
import { UserErrorCode } from '../domain/user-error-code';
import { PREDICATE_RULES } from '../domain/predicate-rules';
import { chunks } from './chunks';
import type { Database } from './database';
import { changeDegrees } from './entity-degrees';
import type {
  EntityRecord,
  EvidenceInput,
  FigureRecord,
  RelationRecord,
  StatementRecord,
  StoredEntityRecord,
} from './records';
import { entityRow, figureRow, relationRow, toFigure, toPosition, toRelation } from './rows';
import { storedContradictions } from './stored-facts';
import { selfRelation } from '../writes/rules/stated-facts';
import type { StoreDialect } from './store-dialect';
import { addStatementIn } from './add-statement';
import { addEvidence, current, endpoint, mustHave, refuse, stale, storedEntity } from './edit-checks';
import { bumpVersions, writeTransaction } from './write-transaction';
import type { WriteAuthor, WriteResult } from './write-records';

/**
 * Edits of the graph, each one write transaction (`writeTransaction`): checked against what
 * is stored under the write lock, so a check and the write it allows cannot be split by
 * another writer. Problems name the mutation input's fields.
 */
export class GraphEdits {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  createEntity(
    entity: EntityRecord,
    mentions: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>> {
    return writeTransaction(this.db, this.dialect, author, async (trx) => {
      if (await storedEntity(trx, entity.id))
        throw refuse(UserErrorCode.CONFLICT, ['id'], `${entity.id} exists already`);
      await trx.insertInto('entities').values(entityRow(entity)).execute();
      await this.dialect.indexForSearch(trx, [entity]);
      await addEvidence(trx, mentions);
      const after = await mustHave(trx, entity.id);
      return { value: after, change: { operation: 'createEntity', entityIds: [entity.id], before: null, after } };
    });
  }

  /** Replaces the entity's fields if it is still at `expectedVersion`, and adds mentions. */
  updateEntity(
    entity: EntityRecord,
    expectedVersion: number,
    mentions: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>> {
    return writeTransaction(this.db, this.dialect, author, async (trx) => {
      const before = await current(trx, entity.id, expectedVersion);
      if (before.type !== entity.type)
        throw refuse(UserErrorCode.TYPE_MISMATCH, ['type'], `${entity.id} is a ${before.type}`);
      const { id: _id, ...row } = entityRow(entity);
      // Optimistic concurrency in the statement itself: a writer that read the same version
      // and got here first has bumped it, and this matches no row.
      const updated = await trx
        .updateTable('entities')
        .set({ ...row, version: sql<number>`version + 1` })
        .where('id', '=', entity.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw stale(entity.id, expectedVersion);
      await this.dialect.unindexForSearch(trx, [entity.id]);
      await this.dialect.indexForSearch(trx, [entity]);
      await addEvidence(trx, mentions);
      const after = await mustHave(trx, entity.id);
      return { value: after, change: { operation: 'updateEntity', entityIds: [entity.id], before, after } };
    });
  }

  /**
   * Deletes the entity with its relations, positions, figures (of it, or reported by it) and
   * all their evidence. A statement needs its speaker: deleting a speaker is refused until its
   * statements are gone.
   */
  deleteEntity(id: string, expectedVersion: number, author: WriteAuthor): Promise<WriteResult<{ id: string }>> {
    return writeTransaction(this.db, this.dialect, author, async (trx) => {
      const before = await current(trx, id, expectedVersion);
      const said = await trx
        .selectFrom('relations')
        .select('object_id')
        .where('subject_id', '=', id)
        .where('predicate', '=', Predicate.SAID)
        .execute();
      if (said.length > 0) {
        throw refuse(
          UserErrorCode.INVALID,
          ['id'],
          `${id} is the speaker of ${said.map((r) => r.object_id).join(', ')}: delete those statements first`,
        );
      }
      const relations = await trx
        .selectFrom('relations')
        .selectAll()
        .where((eb) => eb.or([eb('subject_id', '=', id), eb('object_id', '=', id)]))
        .execute();
      const positions = await trx
        .selectFrom('positions')
        .select('id')
        .where((eb) => eb.or([eb('person_id', '=', id), eb('of_id', '=', id)]))
        .execute();
      const figures = await trx
        .selectFrom('figures')
        .select(['id', 'attack_id'])
        .where((eb) => eb.or([eb('attack_id', '=', id), eb('reported_by_id', '=', id)]))
        .execute();
      const owners = [id, ...relations.map((r) => r.id), ...positions.map((p) => p.id), ...figures.map((f) => f.id)];
      for (const part of chunks(owners)) await trx.deleteFrom('evidence').where('owner_id', 'in', part).execute();
      for (const part of chunks(relations.map((r) => r.id)))
        await trx.deleteFrom('relations').where('id', 'in', part).execute();
      await changeDegrees(
        trx,
        relations.flatMap((r) => [r.subject_id, r.object_id]),
        -1,
      );
      for (const part of chunks(positions.map((p) => p.id)))
        await trx.deleteFrom('positions').where('id', 'in', part).execute();
      for (const part of chunks(figures.map((f) => f.id)))
        await trx.deleteFrom('figures').where('id', 'in', part).execute();
      await this.dialect.unindexForSearch(trx, [id]);
      const deleted = await trx
        .deleteFrom('entities')
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) !== 1) throw stale(id, expectedVersion);
      // Attacks whose figures it reported lose those figures: they changed too.
      const neighbors = [
        ...relations.map((r) => (r.subject_id === id ? r.object_id : r.subject_id)),
        ...figures.map((f) => f.attack_id).filter((attackId) => attackId !== id),
      ];
      await bumpVersions(trx, neighbors);
      return {
        value: { id },
        change: {
          operation: 'deleteEntity',
          entityIds: [...new Set([id, ...neighbors])],
          before: { entity: before, relations: relations.map(toRelation) },
          after: null,
        },
      };
    });
  }

  /**
   * Adds a relation (or, when it stands already, its evidence), checked against the
   * predicate's types and the write rules (`storedContradictions`). A SAID may only cite a
   * statement's own speaker again (a statement comes with its SAID: addStatement);
   * HOLDS_POSITION comes with a position (imports), a record of its own besides the relation.
   */
  addRelation(
    relation: RelationRecord,
    evidence: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<RelationRecord>> {
    return writeTransaction(this.db, this.dialect, author, async (trx) => {
      if (relation.predicate === Predicate.HOLDS_POSITION) {
        throw refuse(
          UserErrorCode.INVALID,
          ['predicate'],
          `${relation.predicate} relations are made with importSource (positions)`,
        );
      }
      const self = selfRelation(relation);
      if (self) throw refuse(UserErrorCode.INVALID, ['object'], self);
      const rule = PREDICATE_RULES[relation.predicate];
      await endpoint(trx, relation.subjectId, ['subject'], rule.subject);
      await endpoint(trx, relation.objectId, ['object'], rule.object);
      // A statement's SAID may be cited again by its speaker, never given to another (the write rules).
      const [contradiction] = await storedContradictions(trx, { relations: [relation], figures: [] }, () => true);
      if (contradiction) throw refuse(contradiction.code, [contradiction.field], contradiction.message);
      const stored = await trx.selectFrom('relations').selectAll().where('id', '=', relation.id).executeTakeFirst();
      if (!stored) {
        await trx.insertInto('relations').values(relationRow(relation)).execute();
        await changeDegrees(trx, [relation.subjectId, relation.objectId], 1);
      }
      await addEvidence(trx, evidence);
      await bumpVersions(trx, [relation.subjectId, relation.objectId]);
      return {
        value: relation,
        change: {
          operation: 'addRelation',
          entityIds: [relation.subjectId, relation.objectId],
          before: stored ? toRelation(stored) : null,
          after: relation,
        },
      };
    });
  }

  /** Removes a relation and its evidence (a HOLDS_POSITION, its position too); a statement's SAID goes only with the statement. */
  removeRelation(id: string, author: WriteAuthor): Promise<WriteResult<{ id: string }>> {
    return writeTransaction(this.db, this.dialect, author, async (trx) => {
      const stored = await trx.selectFrom('relations').selectAll().where('id', '=', id).executeTakeFirst();
      if (!stored) throw refuse(UserErrorCode.UNKNOWN_REFERENCE, ['id'], `no relation has id "${id}"`);
      if (toRelation(stored).predicate === Predicate.SAID) {
        throw refuse(
          UserErrorCode.INVALID,
          ['id'],
          `${id} names the speaker of ${stored.object_id}: delete the statement instead`,
        );
      }
      // A HOLDS_POSITION mirrors a position (person, title, of): the position goes with it.
      const positions =
        toRelation(stored).predicate === Predicate.HOLDS_POSITION
          ? await trx
              .selectFrom('positions')
              .selectAll()
              .where('person_id', '=', stored.subject_id)
              .where('of_id', '=', stored.object_id)
              .where('title', '=', stored.role ?? '')
              .execute()
          : [];
      const owners = [id, ...positions.map((p) => p.id)];
      await trx.deleteFrom('evidence').where('owner_id', 'in', owners).execute();
      await trx.deleteFrom('relations').where('id', '=', id).execute();
      if (positions.length > 0)
        await trx
          .deleteFrom('positions')
          .where(
            'id',
            'in',
            positions.map((p) => p.id),
          )
          .execute();
      await changeDegrees(trx, [stored.subject_id, stored.object_id], -1);
      await bumpVersions(trx, [stored.subject_id, stored.object_id]);
      const before =
        positions.length > 0
          ? { relation: toRelation(stored), positions: positions.map(toPosition) }
          : toRelation(stored);
      return {
        value: { id },
        change: { operation: 'removeRelation', entityIds: [stored.subject_id, stored.object_id], before, after: null },
      };
    });
  }

  /** Adds a reported number to an attack (or, when the same report stands already, its evidence). */
  addFigure(figure: FigureRecord, evidence: EvidenceInput[], author: WriteAuthor): Promise<WriteResult<FigureRecord>> {
    return writeTransaction(this.db, this.dialect, author, async (trx) => {
      await endpoint(trx, figure.attackId, ['attack'], [EntityType.ATTACK]);
      if (figure.reportedById) await endpoint(trx, figure.reportedById, ['reportedBy']);
      const [contradiction] = await storedContradictions(trx, { relations: [], figures: [figure] }, () => true);
      if (contradiction) throw refuse(contradiction.code, [contradiction.field], contradiction.message);
      const stored = await trx.selectFrom('figures').selectAll().where('id', '=', figure.id).executeTakeFirst();
      if (!stored) await trx.insertInto('figures').values(figureRow(figure)).execute();
      await addEvidence(trx, evidence);
      await bumpVersions(trx, [figure.attackId]);
      const touched = [figure.attackId, ...(figure.reportedById ? [figure.reportedById] : [])];
      return {
        value: figure,
        change: { operation: 'addFigure', entityIds: touched, before: stored ? toFigure(stored) : null, after: figure },
      };
    });
  }

  /** A new statement with its SAID relation from the speaker and ABOUT relations, all cited by `evidence` (add-statement.ts). */
  addStatement(
    statement: StatementRecord,
    relations: RelationRecord[],
    evidence: EvidenceInput[],
    author: WriteAuthor,
  ): Promise<WriteResult<StoredEntityRecord>> {
    return writeTransaction(this.db, this.dialect, author, (trx) =>
      addStatementIn(trx, this.dialect, statement, relations, evidence),
    );
  }
}
