import { registerEnumType } from 'type-graphql';
import { Direction } from '../domain/direction';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { Direction };

registerEnumType(Direction, {
  name: 'Direction',
  description:
    'Which way a relation is followed from an entity: OUTGOING when it is the subject, INCOMING when it is the object.',
});
