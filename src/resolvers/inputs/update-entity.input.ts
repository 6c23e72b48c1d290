import { ArrayMaxSize, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EntityFieldsInput } from './entity-fields.input';
import { EvidenceInput } from './evidence.input';

@InputType({
  description:
    'New values for the fields given (others stay), and mentions to add; refused if the entity changed since `expectedVersion`.',
})
export class UpdateEntityInput extends EntityFieldsInput {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Int, { description: 'The version read before editing.' })
  @Min(1)
  expectedVersion!: number;

  @Field((_type) => String, { nullable: true })
  name?: string | null;

  @Field((_type) => [String], { nullable: true, description: 'Replaces the aliases.' })
  aliases?: string[] | null;

  @Field((_type) => String, { nullable: true, description: 'STATEMENT: the words said.' })
  text?: string | null;

  @Field((_type) => [EvidenceInput], { nullable: true, description: 'More places stored sources name it.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  mentions?: EvidenceInput[] | null;
}
