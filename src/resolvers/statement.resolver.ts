import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { StatementConnection } from '../entities/connections';
import { Direction } from '../entities/direction.enum';
import { Entity } from '../entities/entity.interface';
import { EntityType } from '../entities/entity-type.enum';
import { Evidence } from '../entities/evidence.type';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Predicate } from '../entities/predicate.enum';
import { Statement } from '../entities/statement.type';
import { linkedEntities, linkedEntity } from '../loaders/linked-entities';
import type { Context } from '../server/context';
import type { StatementRecord } from '../store/records';
import { StatementListArgs } from './args/statement-list.args';
import { BoundedList, PagedBy } from './bounded-list';
import { listEntities } from './list-entities';

@Resolver(() => Statement)
export class StatementResolver {
  @Query((_returns) => StatementConnection)
  @PagedBy(StatementListArgs)
  statements(@Args() args: StatementListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, EntityType.STATEMENT, args);
  }

  @FieldResolver(() => Entity, { description: 'A person, an organization, or a country speaking as a state.' })
  async speaker(@Root() statement: StatementRecord, @Ctx() { loaders }: Context) {
    const speaker = await linkedEntity(loaders, statement.id, Direction.INCOMING, [Predicate.SAID]);
    // The seed loader refuses a statement without exactly one SAID, so this is a broken store.
    if (!speaker) throw new Error(`statement ${statement.id} has no speaker`);
    return speaker;
  }

  @BoundedList(() => [Entity], LIST_BOUNDS.linked, 'What the statement is about.')
  about(@Root() statement: StatementRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, statement.id, Direction.OUTGOING, [Predicate.ABOUT]);
  }

  @BoundedList(() => [Evidence], LIST_BOUNDS.mentions, 'Where the source gives the statement; the same as `mentions`.')
  evidence(@Root() statement: StatementRecord, @Ctx() { loaders }: Context) {
    return loaders.evidence.load(statement.id);
  }
}
