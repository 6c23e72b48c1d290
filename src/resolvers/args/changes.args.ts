import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from './page.args';

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field((_type) => ID, { nullable: true, description: 'Only writes that touched this entity.' })
  entity?: string | null;
}
