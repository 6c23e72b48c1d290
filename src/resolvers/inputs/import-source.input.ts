import { GraphQLJSON } from 'graphql-scalars';
import { ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SourceInput } from './source.input';

@InputType({ description: 'A new source and its graph, in the seed format.' })
export class ImportSourceInput {
  @Field((_type) => SourceInput)
  @ValidateNested()
  source!: SourceInput;

  @Field({ description: 'The source text, byte for byte: every quote is located in it.' })
  text!: string;

  @Field((_type) => GraphQLJSON, {
    description: "The seed format's graph.json; it may give again, and link to, entities already stored.",
  })
  graph!: unknown;
}
