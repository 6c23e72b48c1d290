import { Field, ObjectType } from 'type-graphql';
import { Source } from './source.type';
import { UserError } from './user-error.type';

@ObjectType({ simpleResolvers: true })
export class ImportSourcePayload {
  @Field((_type) => Source, { nullable: true, description: 'The source, stored now or already; null when refused.' })
  source!: unknown;

  @Field({ description: 'False when the same source was stored already: the import changed nothing.' })
  created!: boolean;

  @Field((_type) => [String], { description: 'Entities that were in the graph already and grew (aliases, mentions).' })
  merged!: string[];

  @Field((_type) => [UserError])
  userErrors!: UserError[];
}
