import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { EntityFilter } from './entity-filter.input';
import { OrderedPageArgs } from './ordered-page.args';

@ArgsType()
export class EntityListArgs extends OrderedPageArgs {
  @Field((_type) => EntityFilter, { nullable: true })
  @ValidateNested()
  filter?: EntityFilter;
}
