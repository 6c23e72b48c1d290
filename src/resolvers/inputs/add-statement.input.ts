import { ArrayMaxSize, ArrayNotEmpty, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { StatementKind } from '../../entities/statement-kind.enum';
import { EvidenceInput } from './evidence.input';

@InputType({
  description:
    'A statement with its speaker and what it is about; `evidence` cites it, its SAID and its ABOUT relations.',
})
export class AddStatementInput {
  @Field((_type) => ID, {
    nullable: true,
    description: '"statement:<kebab-case-slug>"; made from the name when omitted.',
  })
  id?: string | null;

  @Field({ description: 'A short title.' })
  name!: string;

  @Field((_type) => StatementKind)
  kind!: StatementKind;

  @Field((_type) => ID, { description: 'A person, an organization, or a country speaking as a state.' })
  speaker!: string;

  @Field({ description: 'The words said, verbatim from the cited source, or the paraphrase as it stands there.' })
  text!: string;

  @Field((_type) => [ID])
  @ArrayMaxSize(50)
  about: string[] = [];

  @Field((_type) => String, { nullable: true })
  description?: string | null;

  @Field((_type) => [EvidenceInput])
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  evidence!: EvidenceInput[];
}
