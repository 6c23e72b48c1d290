import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { OrganizationConnection } from '../entities/connections';
import { Direction } from '../entities/direction.enum';
import { EntityType } from '../entities/entity-type.enum';
import { LIST_BOUNDS } from '../entities/list-bounds';
import { LocationKind } from '../entities/location-kind.enum';
import { Location } from '../entities/location.type';
import { Organization } from '../entities/organization.type';
import { Person } from '../entities/person.type';
import { Predicate } from '../entities/predicate.enum';
import { Statement } from '../entities/statement.type';
import { linkedEntities, linkedEntity } from '../loaders/linked-entities';
import type { Context } from '../server/context';
import type { OrganizationRecord } from '../store/records';
import { EntityListArgs } from './args/entity-list.args';
import { BoundedList, PagedBy } from './bounded-list';
import { listEntities } from './list-entities';

const { OUTGOING, INCOMING } = Direction;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query((_returns) => OrganizationConnection)
  @PagedBy(EntityListArgs)
  organizations(@Args() args: EntityListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, EntityType.ORGANIZATION, args);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The state it is a body of (PART_OF a COUNTRY).' })
  async country(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    const places = await linkedEntities(loaders, organization.id, OUTGOING, [Predicate.PART_OF], [EntityType.LOCATION]);
    return places.find((p) => p.kind === LocationKind.COUNTRY) ?? null;
  }

  @BoundedList(() => [Person], LIST_BOUNDS.linked, 'People who lead it.')
  leaders(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, organization.id, INCOMING, [Predicate.LEADS]);
  }

  @BoundedList(() => [Person], LIST_BOUNDS.linked, 'People who belong to it.')
  members(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, organization.id, INCOMING, [Predicate.MEMBER_OF]);
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntity(loaders, organization.id, OUTGOING, [Predicate.PART_OF], [EntityType.ORGANIZATION]);
  }

  @BoundedList(() => [Statement], LIST_BOUNDS.linked, 'Statements the organization made.')
  statements(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, organization.id, OUTGOING, [Predicate.SAID]);
  }
}
