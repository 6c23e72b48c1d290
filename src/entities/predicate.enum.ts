import { registerEnumType } from 'type-graphql';
import { Predicate } from '../domain/predicate';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { Predicate };

registerEnumType(Predicate, {
  name: 'Predicate',
  description: 'What a relation states; each reads "subject PREDICATE object".',
  valuesConfig: {
    HOLDS_POSITION: { description: 'Person -> Organization or Location; `role` is the title ("Mayor").' },
    MEMBER_OF: { description: 'Person -> Organization.' },
    LEADS: { description: 'Person -> Organization.' },
    PART_OF: {
      description:
        'Organization -> parent Organization, Organization -> the COUNTRY it is a body of, Location -> Location.',
    },
    BASED_IN: { description: 'Organization -> the Location it is of or sits in.' },
    CARRIED_OUT: { description: 'Perpetrator (a country or an organization) -> Attack.' },
    TARGETED: { description: 'Attack -> the Location it struck.' },
    OCCURRED_IN: { description: 'Attack -> a Location where it took place or was intercepted.' },
    INTERCEPTED: { description: 'Defender -> the Attack it shot down or destroyed.' },
    RESPONDED_TO: { description: 'Organization -> the Attack it responded to.' },
    HOSTS: { description: 'Location -> the Negotiation held there.' },
    MEDIATES: { description: 'Mediator -> Negotiation.' },
    PARTICIPATES_IN: { description: 'Party -> Negotiation.' },
    SAID: { description: 'Speaker -> Statement.' },
    ABOUT: { description: 'Statement -> what it is about.' },
  },
});
