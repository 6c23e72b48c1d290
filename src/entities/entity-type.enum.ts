import { registerEnumType } from 'type-graphql';

export enum EntityType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  LOCATION = 'LOCATION',
  ATTACK = 'ATTACK',
  NEGOTIATION = 'NEGOTIATION',
  STATEMENT = 'STATEMENT',
}

registerEnumType(EntityType, { name: 'EntityType', description: 'The kinds of entity the graph holds.' });
