import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({
  simpleResolvers: true,
  description: 'One recorded write: who, when, what, and the records before and after.',
})
export class Change {
  @Field((_type) => Int, { description: 'The graph version this write made; newer writes have larger ones.' })
  version!: number;

  @Field({ description: 'When, as an ISO 8601 timestamp (UTC).' })
  at!: string;

  @Field((_type) => String, {
    description: 'The name of the key that wrote, or "seed" for the service seeding itself.',
  })
  author!: string;

  @Field((_type) => ID, { nullable: true, description: 'The id of the key that wrote; null for seeding.' })
  keyId!: string | null;

  @Field({ description: 'The mutation: importSource, createEntity, updateEntity, deleteEntity, addRelation, ...' })
  operation!: string;

  @Field((_type) => [ID], { description: 'The entities the write touched.' })
  entityIds!: string[];

  @Field((_type) => GraphQLJSON, {
    nullable: true,
    description: 'What the write replaced or removed, as stored; null when it only added.',
  })
  before!: unknown;

  @Field((_type) => GraphQLJSON, {
    nullable: true,
    description: 'What the write stored (for an import, a summary); null when it only removed.',
  })
  after!: unknown;
}
