import { Field, ObjectType } from 'type-graphql';
import { Figure } from './figure.type';
import { UserError } from './user-error.type';

@ObjectType({ simpleResolvers: true })
export class FigurePayload {
  @Field((_type) => Figure, { nullable: true, description: 'The figure as stored; null when refused.' })
  figure!: unknown;

  @Field((_type) => [UserError])
  userErrors!: UserError[];
}
