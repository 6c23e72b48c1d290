import { ArgsType, Field } from 'type-graphql';
import { NameOrder } from '../../entities/name-order.enum';
import { PageArgs } from './page.args';

/** A page of a list in name order (`orderBy`), the base of each type's list arguments. */
@ArgsType()
export class OrderedPageArgs extends PageArgs {
  @Field((_type) => NameOrder)
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
