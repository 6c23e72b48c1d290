import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { OrganizationConnection } from '../entities/connections';
import { Direction } from '../entities/direction.enum';
import { EntityType } from '../entities/entity-type.enum';
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
import { listEntities } from './list-entities';

const { OUTGOING, INCOMING } = Direction;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query((_returns) => OrganizationConnection)
  organizations(@Args() args: EntityListArgs, @Ctx() ctx: Context) {
    return listEntities(ctx, EntityType.ORGANIZATION, args);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The state it is a body of (PART_OF a COUNTRY).' })
  async country(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    const places = await linkedEntities(loaders, organization.id, OUTGOING, [Predicate.PART_OF], [EntityType.LOCATION]);
    return places.find((p) => p.kind === LocationKind.COUNTRY) ?? null;
  }

  @FieldResolver(() => [Person])
  leaders(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, organization.id, INCOMING, [Predicate.LEADS]);
  }

  @FieldResolver(() => [Person])
  members(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, organization.id, INCOMING, [Predicate.MEMBER_OF]);
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntity(loaders, organization.id, OUTGOING, [Predicate.PART_OF], [EntityType.ORGANIZATION]);
  }

  @FieldResolver(() => [Statement], { description: 'Statements the organization made.' })
  statements(@Root() organization: OrganizationRecord, @Ctx() { loaders }: Context) {
    return linkedEntities(loaders, organization.id, OUTGOING, [Predicate.SAID]);
  }
}
