import { Field, InputType } from 'type-graphql';
import { SourceInput } from './source.input';

/** `source` is held to the seed rules (`SeedSource`) by the resolver: a draft must be importable with it. */
@InputType({ description: 'An article to draft a graph from.' })
export class ExtractGraphInput {
  @Field({
    description:
      'The article as it will be imported, headline first: every quote of the draft is words of it. At most 50,000 characters.',
  })
  text!: string;

  @Field((_type) => SourceInput, {
    nullable: true,
    description: 'The source it will be imported as; checked when given.',
  })
  source?: SourceInput | null;
}
