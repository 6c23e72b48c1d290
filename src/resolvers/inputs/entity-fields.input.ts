import { Field, InputType } from 'type-graphql';
import { NegotiationStatus } from '../../entities/negotiation-status.enum';
import { Weapon } from '../../entities/weapon.enum';

/**
 * The fields an entity's type may carry, shared by create and update; which belong to which
 * type, and which are required, is checked by the seed rules (`SeedEntity`), as for imports.
 * type-graphql gives its fields to each input class that extends it.
 */
@InputType()
export class EntityFieldsInput {
  @Field((_type) => String, { nullable: true })
  description?: string | null;

  @Field((_type) => Boolean, { nullable: true, description: 'PERSON.' })
  anonymous?: boolean | null;

  @Field((_type) => String, {
    nullable: true,
    description: 'ORGANIZATION (OrganizationKind), LOCATION (LocationKind), STATEMENT (StatementKind).',
  })
  kind?: string | null;

  @Field((_type) => Weapon, { nullable: true, description: 'ATTACK.' })
  weapon?: Weapon | null;

  @Field((_type) => String, { nullable: true, description: 'ATTACK, ISO 8601 date.' })
  occurredOn?: string | null;

  @Field((_type) => String, { nullable: true, description: 'ATTACK.' })
  timeOfDay?: string | null;

  @Field((_type) => [String], { nullable: true, description: 'ATTACK.' })
  damage?: string[] | null;

  @Field((_type) => NegotiationStatus, { nullable: true, description: 'NEGOTIATION.' })
  status?: NegotiationStatus | null;

  @Field((_type) => [String], { nullable: true, description: 'NEGOTIATION.' })
  topics?: string[] | null;

  @Field((_type) => String, { nullable: true, description: 'NEGOTIATION.' })
  outcome?: string | null;
}
