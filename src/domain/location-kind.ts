export enum LocationKind {
  COUNTRY = 'COUNTRY',
  CITY = 'CITY',
  REGION = 'REGION',
  DISTRICT = 'DISTRICT',
  OTHER = 'OTHER',
}
