import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_TEXT_LENGTH } from '../../writes/rules/values';

@InputType({
  description: 'Words of a stored source that back a fact: found there exactly once, or once inside `within`.',
})
export class EvidenceInput {
  @Field((_type) => ID)
  source!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(MAX_TEXT_LENGTH)
  quote!: string;

  @Field((_type) => String, {
    nullable: true,
    description: 'A longer span, found once in the source, that holds the quote once.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(MAX_TEXT_LENGTH)
  within?: string | null;
}
