import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Words of a stored source that back a fact: found there exactly once, or once inside `within`.' })
export class EvidenceInput {
  @Field((_type) => ID)
  source!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(2000)
  quote!: string;

  @Field((_type) => String, { nullable: true, description: 'A longer span, found once in the source, that holds the quote once.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(5000)
  within?: string | null;
}
