import { registerEnumType } from 'type-graphql';
import { Weapon } from '../domain/weapon';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { Weapon };

registerEnumType(Weapon, { name: 'Weapon', description: 'The means of an attack.' });
