import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  GOVERNMENT = 'GOVERNMENT',
  MINISTRY = 'MINISTRY',
  MILITARY = 'MILITARY',
  LOCAL_ADMINISTRATION = 'LOCAL_ADMINISTRATION',
  EMERGENCY_SERVICE = 'EMERGENCY_SERVICE',
  DELEGATION = 'DELEGATION',
  MEDIA = 'MEDIA',
  ALLIANCE = 'ALLIANCE',
  OTHER = 'OTHER',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What sort of body an organization is.' });
