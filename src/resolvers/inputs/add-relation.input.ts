import { ArrayMaxSize, ArrayNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Predicate } from '../../entities/predicate.enum';
import { MAX_LABEL_LENGTH } from '../../writes/rules/values';
import { EvidenceInput } from './evidence.input';

@InputType({
  description: 'A cited relation "subject PREDICATE object" between stored entities; given again, its evidence grows.',
})
export class AddRelationInput {
  @Field((_type) => ID)
  subject!: string;

  @Field((_type) => Predicate)
  predicate!: Predicate;

  @Field((_type) => ID)
  object!: string;

  @Field((_type) => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_LABEL_LENGTH)
  role?: string | null;

  @Field((_type) => [EvidenceInput])
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  evidence!: EvidenceInput[];
}
