import { registerEnumType } from 'type-graphql';
import { UserErrorCode } from '../domain/user-error-code';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { UserErrorCode };

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input.',
  valuesConfig: {
    QUOTE_NOT_FOUND: { description: 'A quote (or its `within`) is not words of the source.' },
    QUOTE_AMBIGUOUS: { description: 'A quote occurs more than once: give a `within` found once.' },
    UNKNOWN_REFERENCE: { description: 'An id names no stored entity, source or relation.' },
    TYPE_MISMATCH: { description: 'An entity of another type than the field (or the stored entity of that id) needs.' },
    CONFLICT: {
      description: 'Disagrees with what is stored: a stale `expectedVersion`, or a field a merge would overwrite.',
    },
    INVALID: { description: 'A malformed or disallowed value.' },
  },
});
