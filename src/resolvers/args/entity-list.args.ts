import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { NameOrder } from '../../entities/name-order.enum';
import { AttackFilter } from './attack-filter.input';
import { EntityFilter } from './entity-filter.input';
import { NegotiationFilter } from './negotiation-filter.input';
import { PageArgs } from './page.args';
import { StatementFilter } from './statement-filter.input';

@ArgsType()
export class OrderedPageArgs extends PageArgs {
  @Field((_type) => NameOrder)
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

@ArgsType()
export class EntityListArgs extends OrderedPageArgs {
  @Field((_type) => EntityFilter, { nullable: true })
  @ValidateNested()
  filter?: EntityFilter;
}

@ArgsType()
export class AttackListArgs extends OrderedPageArgs {
  @Field((_type) => AttackFilter, { nullable: true })
  @ValidateNested()
  filter?: AttackFilter;
}

@ArgsType()
export class NegotiationListArgs extends OrderedPageArgs {
  @Field((_type) => NegotiationFilter, { nullable: true })
  @ValidateNested()
  filter?: NegotiationFilter;
}

@ArgsType()
export class StatementListArgs extends OrderedPageArgs {
  @Field((_type) => StatementFilter, { nullable: true })
  @ValidateNested()
  filter?: StatementFilter;
}
