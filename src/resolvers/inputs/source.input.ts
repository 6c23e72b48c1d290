import { Field, InputType } from 'type-graphql';

/** Checked by the seed rules (`SeedSource`) in the import itself, so problems come back as userErrors. */
@InputType({ description: "The source an import adds, as a seed's source.json gives it." })
export class SourceInput {
  @Field({ description: '"source:<kebab-case-slug>".' })
  id!: string;

  @Field()
  title!: string;

  @Field()
  publisher!: string;

  @Field((_type) => String, { nullable: true })
  url?: string | null;

  @Field((_type) => String, { nullable: true, description: 'ISO 8601 date, e.g. "2025-03-24".' })
  publishedOn?: string | null;
}
