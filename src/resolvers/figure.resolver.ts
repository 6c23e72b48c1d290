import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Evidence } from '../entities/evidence.type';
import { Figure } from '../entities/figure.type';
import { LIST_BOUNDS } from '../entities/list-bounds';
import type { Context } from '../server/context';
import type { FigureRecord } from '../store/records';
import { BoundedList } from './bounded-list';

@Resolver(() => Figure)
export class FigureResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'Who reported it; null where the source names nobody.' })
  reportedBy(@Root() figure: FigureRecord, @Ctx() { loaders }: Context) {
    return figure.reportedById === null ? null : loaders.entity.load(figure.reportedById);
  }

  @BoundedList(() => [Evidence], LIST_BOUNDS.evidence, 'The quotes that report it.')
  evidence(@Root() figure: FigureRecord, @Ctx() { loaders }: Context) {
    return loaders.evidence.load(figure.id);
  }
}
