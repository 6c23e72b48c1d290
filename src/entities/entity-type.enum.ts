import { registerEnumType } from 'type-graphql';
import { EntityType } from '../domain/entity-type';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { EntityType };

registerEnumType(EntityType, { name: 'EntityType', description: 'The kinds of entity the graph holds.' });
