import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Evidence } from '../entities/evidence.type';
import { Position } from '../entities/position.type';
import type { Context } from '../server/context';
import type { PositionRecord } from '../store/records';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'What the title is of; null where the source does not say.' })
  of(@Root() position: PositionRecord, @Ctx() { loaders }: Context) {
    return position.ofId === null ? null : loaders.entity.load(position.ofId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() position: PositionRecord, @Ctx() { loaders }: Context) {
    return loaders.evidence.load(position.id);
  }
}
