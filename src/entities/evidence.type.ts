import { Field, Int, ObjectType } from 'type-graphql';
import { Sentence } from './sentence.type';

@ObjectType({
  simpleResolvers: true,
  description: 'Words of a source behind a fact: `source.text.slice(start, end) === quote`.',
})
export class Evidence {
  @Field((_type) => Int, { description: 'Offset of the first character, counted in UTF-16 code units.' })
  start!: number;

  @Field((_type) => Int, { description: 'Offset just past the last character.' })
  end!: number;

  @Field()
  quote!: string;

  @Field((_type) => Sentence, { description: 'The sentence the quote stands in.' })
  sentence!: Sentence;
}
