import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { NegotiationFilter } from './negotiation-filter.input';
import { OrderedPageArgs } from './ordered-page.args';

@ArgsType()
export class NegotiationListArgs extends OrderedPageArgs {
  @Field((_type) => NegotiationFilter, { nullable: true })
  @ValidateNested()
  filter?: NegotiationFilter;
}
