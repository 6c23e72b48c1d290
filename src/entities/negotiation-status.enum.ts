import { registerEnumType } from 'type-graphql';
import { NegotiationStatus } from '../domain/negotiation-status';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { NegotiationStatus };

registerEnumType(NegotiationStatus, {
  name: 'NegotiationStatus',
  description: 'Where talks or an agreement stand, as the source reports it.',
});
