import { registerEnumType } from 'type-graphql';

export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}

registerEnumType(Direction, { name: 'Direction', description: 'Which way a relation is followed from an entity: OUTGOING when it is the subject, INCOMING when it is the object.' });
