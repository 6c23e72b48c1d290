import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A sentence of a source; `text` is `source.text.slice(start, end)`.',
})
export class Sentence {
  @Field((_type) => Int)
  index!: number;

  @Field((_type) => Int)
  start!: number;

  @Field((_type) => Int)
  end!: number;

  @Field()
  text!: string;
}
