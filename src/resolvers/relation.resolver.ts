import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Evidence } from '../entities/evidence.type';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Relation } from '../entities/relation.type';
import type { Context } from '../server/context';
import type { RelationRecord } from '../store/records';
import { BoundedList } from './bounded-list';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity)
  subject(@Root() relation: RelationRecord, @Ctx() { loaders }: Context) {
    return loaders.entity.load(relation.subjectId);
  }

  @FieldResolver(() => Entity)
  object(@Root() relation: RelationRecord, @Ctx() { loaders }: Context) {
    return loaders.entity.load(relation.objectId);
  }

  @BoundedList(() => [Evidence], LIST_BOUNDS.evidence, 'The quotes that state it.')
  evidence(@Root() relation: RelationRecord, @Ctx() { loaders }: Context) {
    return loaders.evidence.load(relation.id);
  }
}
