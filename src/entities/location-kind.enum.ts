import { registerEnumType } from 'type-graphql';

export enum LocationKind {
  COUNTRY = 'COUNTRY',
  CITY = 'CITY',
  REGION = 'REGION',
  DISTRICT = 'DISTRICT',
  OTHER = 'OTHER',
}

registerEnumType(LocationKind, { name: 'LocationKind', description: 'What sort of place a location is; a state acting in the news is a COUNTRY.' });
