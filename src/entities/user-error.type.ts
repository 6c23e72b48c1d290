import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from './user-error-code.enum';

@ObjectType({
  simpleResolvers: true,
  description: 'Why a mutation refused its input; a refused mutation writes nothing.',
})
export class UserError {
  @Field((_type) => [String], {
    nullable: true,
    description:
      'Path of the input field at fault, from the input: ["graph", "relations", "3", "evidence", "0", "quote"].',
  })
  field!: string[] | null;

  @Field()
  message!: string;

  @Field((_type) => UserErrorCode)
  code!: UserErrorCode;

  @Field((_type) => String, { nullable: true, description: 'For quote problems: the quote looked for.' })
  quote?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: 'For quote problems: the `within` it was looked for in, if any.',
  })
  within?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: 'For quote problems in edits: the source it was looked for in.',
  })
  sourceId?: string | null;
}
