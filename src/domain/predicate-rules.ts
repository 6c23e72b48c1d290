import { EntityType } from './entity-type';
import { Predicate } from './predicate';

const { PERSON, ORGANIZATION, LOCATION, ATTACK, NEGOTIATION, STATEMENT } = EntityType;
const ANY = Object.values(EntityType);
const ACTORS = [PERSON, ORGANIZATION, LOCATION];

/** Which entity types each predicate joins, subject -> object; the seed loader holds seeds to it. */
export const PREDICATE_RULES: Record<Predicate, { subject: EntityType[]; object: EntityType[] }> = {
  [Predicate.HOLDS_POSITION]: { subject: [PERSON], object: [ORGANIZATION, LOCATION] },
  [Predicate.MEMBER_OF]: { subject: [PERSON], object: [ORGANIZATION] },
  [Predicate.LEADS]: { subject: [PERSON], object: [ORGANIZATION] },
  [Predicate.PART_OF]: { subject: [ORGANIZATION, LOCATION], object: [ORGANIZATION, LOCATION] },
  [Predicate.BASED_IN]: { subject: [ORGANIZATION], object: [LOCATION] },
  [Predicate.CARRIED_OUT]: { subject: [ORGANIZATION, LOCATION], object: [ATTACK] },
  [Predicate.TARGETED]: { subject: [ATTACK], object: [LOCATION] },
  [Predicate.OCCURRED_IN]: { subject: [ATTACK], object: [LOCATION] },
  [Predicate.INTERCEPTED]: { subject: [ORGANIZATION, LOCATION], object: [ATTACK] },
  [Predicate.RESPONDED_TO]: { subject: [ORGANIZATION], object: [ATTACK] },
  [Predicate.HOSTS]: { subject: [LOCATION], object: [NEGOTIATION] },
  [Predicate.MEDIATES]: { subject: ACTORS, object: [NEGOTIATION] },
  [Predicate.PARTICIPATES_IN]: { subject: ACTORS, object: [NEGOTIATION] },
  [Predicate.SAID]: { subject: ACTORS, object: [STATEMENT] },
  [Predicate.ABOUT]: { subject: [STATEMENT], object: ANY },
};
