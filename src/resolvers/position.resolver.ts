import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Evidence } from '../entities/evidence.type';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Position } from '../entities/position.type';
import type { Context } from '../server/context';
import type { PositionRecord } from '../store/records';
import { BoundedList } from './bounded-list';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'What the title is of; null where the source does not say.',
  })
  of(@Root() position: PositionRecord, @Ctx() { loaders }: Context) {
    return position.ofId === null ? null : loaders.entity.load(position.ofId);
  }

  @BoundedList(() => [Evidence], LIST_BOUNDS.evidence, 'The quotes that give the title.')
  evidence(@Root() position: PositionRecord, @Ctx() { loaders }: Context) {
    return loaders.evidence.load(position.id);
  }
}
