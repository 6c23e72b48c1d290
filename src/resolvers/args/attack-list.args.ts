import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AttackFilter } from './attack-filter.input';
import { OrderedPageArgs } from './ordered-page.args';

@ArgsType()
export class AttackListArgs extends OrderedPageArgs {
  @Field((_type) => AttackFilter, { nullable: true })
  @ValidateNested()
  filter?: AttackFilter;
}
