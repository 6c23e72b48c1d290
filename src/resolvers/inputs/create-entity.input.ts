import { ArrayMaxSize, ArrayNotEmpty, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EntityType } from '../../entities/entity-type.enum';
import { EntityFieldsInput } from './entity-fields.input';
import { EvidenceInput } from './evidence.input';

@InputType({ description: 'A new person, organization, location, attack or negotiation (statements: addStatement).' })
export class CreateEntityInput extends EntityFieldsInput {
  @Field((_type) => ID, {
    nullable: true,
    description: '"<type>:<kebab-case-slug>"; made from the type and name when omitted.',
  })
  id?: string | null;

  @Field((_type) => EntityType)
  type!: EntityType;

  @Field()
  name!: string;

  @Field((_type) => [String])
  aliases: string[] = [];

  @Field((_type) => [EvidenceInput], { description: 'Where stored sources name it: at least one.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  mentions!: EvidenceInput[];
}
