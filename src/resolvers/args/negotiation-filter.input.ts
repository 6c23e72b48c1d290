import { Field, InputType } from 'type-graphql';
import { NegotiationStatus } from '../../entities/negotiation-status.enum';
import { EntityFilter } from './entity-filter.input';

@InputType()
export class NegotiationFilter extends EntityFilter {
  @Field((_type) => NegotiationStatus, { nullable: true })
  status?: NegotiationStatus;
}
