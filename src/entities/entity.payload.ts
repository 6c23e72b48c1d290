import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { UserError } from './user-error.type';

@ObjectType({ simpleResolvers: true })
export class EntityPayload {
  @Field((_type) => Entity, { nullable: true, description: 'The entity as stored after the write; null when refused.' })
  entity!: unknown;

  @Field((_type) => [UserError])
  userErrors!: UserError[];
}
