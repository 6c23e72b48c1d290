import { registerEnumType } from 'type-graphql';
import { LocationKind } from '../domain/location-kind';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { LocationKind };

registerEnumType(LocationKind, {
  name: 'LocationKind',
  description: 'What sort of place a location is; a state acting in the news is a COUNTRY.',
});
