import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { EntityFilter } from './entity-filter.input';
import { PageArgs } from './page.args';

@ArgsType()
export class EntityListArgs extends PageArgs {
  @Field(_type => EntityFilter, { nullable: true })
  @ValidateNested()
  filter?: EntityFilter;
}
