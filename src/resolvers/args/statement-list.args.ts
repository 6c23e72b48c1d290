import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { StatementFilter } from './statement-filter.input';
import { OrderedPageArgs } from './ordered-page.args';

@ArgsType()
export class StatementListArgs extends OrderedPageArgs {
  @Field((_type) => StatementFilter, { nullable: true })
  @ValidateNested()
  filter?: StatementFilter;
}
