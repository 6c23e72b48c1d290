import { registerEnumType } from 'type-graphql';

export enum NegotiationStatus {
  PROPOSED = 'PROPOSED',
  SCHEDULED = 'SCHEDULED',
  ONGOING = 'ONGOING',
  AGREED = 'AGREED',
  FAILED = 'FAILED',
}

registerEnumType(NegotiationStatus, { name: 'NegotiationStatus', description: 'Where talks or an agreement stand, as the source reports it.' });
