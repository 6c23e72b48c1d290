import { registerEnumType } from 'type-graphql';

/** What a relation states; each reads "subject PREDICATE object". */
export enum Predicate {
  HOLDS_POSITION = 'HOLDS_POSITION',
  MEMBER_OF = 'MEMBER_OF',
  LEADS = 'LEADS',
  PART_OF = 'PART_OF',
  BASED_IN = 'BASED_IN',
  CARRIED_OUT = 'CARRIED_OUT',
  TARGETED = 'TARGETED',
  OCCURRED_IN = 'OCCURRED_IN',
  INTERCEPTED = 'INTERCEPTED',
  RESPONDED_TO = 'RESPONDED_TO',
  HOSTS = 'HOSTS',
  MEDIATES = 'MEDIATES',
  PARTICIPATES_IN = 'PARTICIPATES_IN',
  SAID = 'SAID',
  ABOUT = 'ABOUT',
}

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
