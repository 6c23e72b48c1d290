import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Evidence } from '../entities/evidence.type';
import { Relation } from '../entities/relation.type';
import type { Context } from '../server/context';
import type { RelationRecord } from '../store/records';

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

  @FieldResolver(() => [Evidence])
  evidence(@Root() relation: RelationRecord, @Ctx() { loaders }: Context) {
    return loaders.evidence.load(relation.id);
  }
}
