import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true })
export class SearchResult {
  @Field((_type) => Float, { description: 'Higher is better; results come best first.' })
  score!: number;

  @Field((_type) => String, {
    nullable: true,
    description: 'The matched name or text with each matched word wrapped in <mark>…</mark>.',
  })
  snippet!: string | null;
}
