import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: "A draft of an article's graph, for a person to review before importing it.",
})
export class Extraction {
  @Field((_type) => GraphQLJSON, {
    description:
      'The draft in the seed format (graph.json), each item with its `confidence` (0..1) and `rule`; importSource accepts it as it is, with the same text.',
  })
  graph!: unknown;

  @Field((_type) => [ID], { description: 'Stored entities the draft refers to, kept with their stored ids.' })
  linked!: string[];

  @Field((_type) => [String], {
    description: 'What a reviewer should look at: a name that could be either of two stored entities, say.',
  })
  warnings!: string[];
}
