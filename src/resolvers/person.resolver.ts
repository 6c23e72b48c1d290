import { Args, Ctx, Query, Resolver, Root } from 'type-graphql';
import { PersonConnection } from '../entities/connections';
import { Direction } from '../entities/direction.enum';
import { EntityType } from '../entities/entity-type.enum';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { Negotiation } from '../entities/negotiation.type';
import { Organization } from '../entities/organization.type';
import { Person } from '../entities/person.type';
import { Position } from '../entities/position.type';
import { Predicate } from '../entities/predicate.enum';
import { Statement } from '../entities/statement.type';
import { linkedEntities, uniqueById } from '../loaders/linked-entities';
import type { Context } from '../server/context';
import type { PersonRecord } from '../store/records';
import { EntityListArgs } from './args/entity-list.args';
import { BoundedList, PagedBy } from './bounded-list';
import { listEntities } from './list-entities';

const { OUTGOING } = Direction;

@Resolver(() => Person)
export class PersonResolver {
  @Query((_returns) => PersonConnection)
  @PagedBy(EntityListArgs)
  people(@Args() args: EntityListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, EntityType.PERSON, args);
  }

  @BoundedList(() => [Position], LIST_BOUNDS.positions, 'Titles the person holds.')
  positions(@Root() person: PersonRecord, @Ctx() { loaders }: Context) {
    return loaders.positions.load(person.id);
  }

  @BoundedList(() => [Organization], LIST_BOUNDS.linked, 'Organizations the person leads or belongs to.')
  affiliations(@Root() person: PersonRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(
      loaders,
      person.id,
      OUTGOING,
      [Predicate.LEADS, Predicate.MEMBER_OF],
      [EntityType.ORGANIZATION],
    );
  }

  @BoundedList(() => [Statement], LIST_BOUNDS.linked, 'Statements the person made.')
  statements(@Root() person: PersonRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, person.id, OUTGOING, [Predicate.SAID]);
  }

  @BoundedList(
    () => [Negotiation],
    LIST_BOUNDS.linked,
    'Negotiations the person takes part in, mediates, or joins through an organization they lead or belong to.',
  )
  async negotiations(@Root() person: PersonRecord, @Ctx() { loaders }: Context) {
    const roles = [Predicate.PARTICIPATES_IN, Predicate.MEDIATES];
    const [own, organizations] = await Promise.all([
      linkedEntities(loaders, person.id, OUTGOING, roles),
      linkedEntities(loaders, person.id, OUTGOING, [Predicate.LEADS, Predicate.MEMBER_OF]),
    ]);
    const viaOrganizations = await Promise.all(
      organizations.map((o) => linkedEntities(loaders, o.id, OUTGOING, roles)),
    );
    return uniqueById([...own, ...viaOrganizations.flat()]);
  }
}
