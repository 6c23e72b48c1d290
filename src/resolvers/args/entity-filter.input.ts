import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of entities; every given field must match.' })
export class EntityFilter {
  @Field((_type) => String, {
    nullable: true,
    description: 'Case- and accent-insensitive substring of the name or of an alias.',
  })
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}
