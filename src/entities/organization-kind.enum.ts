import { registerEnumType } from 'type-graphql';
import { OrganizationKind } from '../domain/organization-kind';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { OrganizationKind };

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What sort of body an organization is.' });
