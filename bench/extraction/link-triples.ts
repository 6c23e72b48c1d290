import { EntityType } from '../../src/domain/entity-type';
import { Predicate } from '../../src/domain/predicate';
import type { DraftView } from './draft-view';
import type { AttackLabel, NegotiationLabel } from './labels';
import type { DraftTriple, LabelTriple } from './score-triples';

const orNone = <T>(list: T[]): (T | null)[] => (list.length > 0 ? list : [null]);

/** Attack labels as (weapon, perpetrator, place) triples, one a target. */
export function attackLabelTriples(labels: readonly AttackLabel[]): LabelTriple[] {
  return labels.flatMap((a) =>
    a.targets.map((target) => ({
      kind: a.weapon,
      parts: [a.perpetrator, target],
      optional: a.optional === true,
      text: `${a.weapon} by ${a.perpetrator ?? 'none'} on ${target}`,
    })),
  );
}

/**
 * The draft's attacks as triples: each ATTACK entity's weapon, its CARRIED_OUT perpetrators and
 * its TARGETED or OCCURRED_IN places (alike, as LABELS.md counts them). An attack lacking a
 * perpetrator or a place gives a triple lacking that part. Attacks the draft only refers to by
 * a stored id are not scored: the store's weapon is not among what the scorer is given.
 */
export function attackDraftTriples(view: DraftView): DraftTriple[] {
  return view.graph.entities
    .filter((e) => e.type === EntityType.ATTACK)
    .flatMap((attack) =>
      orNone(view.subjectsOf(Predicate.CARRIED_OUT, attack.id)).flatMap((by) =>
        orNone(view.objectsOf(attack.id, [Predicate.TARGETED, Predicate.OCCURRED_IN])).map((place) => ({
          kind: attack.weapon ?? null,
          parts: [by, place],
          text: `${attack.id}: ${attack.weapon ?? 'no weapon'} by ${view.describe(by)} on ${view.describe(place)}`,
        })),
      ),
    );
}

/** Negotiation labels as (venue, role, member) triples: a MEDIATES one a mediator, a PARTICIPATES_IN one a party. */
export function negotiationLabelTriples(labels: readonly NegotiationLabel[]): LabelTriple[] {
  return labels.flatMap((n) =>
    [
      ...n.mediators.map((m) => [Predicate.MEDIATES, m] as const),
      ...n.parties.map((p) => [Predicate.PARTICIPATES_IN, p] as const),
    ].map(([role, member]) => ({
      kind: role,
      parts: [n.venue, member],
      optional: n.optional === true,
      text: `at ${n.venue ?? 'none'}: ${role} ${member}`,
    })),
  );
}

/**
 * The draft's negotiations as triples: each NEGOTIATION entity's HOSTS venues crossed with its
 * MEDIATES and PARTICIPATES_IN members. One with no venue gives triples lacking it; one with
 * no member, a triple lacking the role and member.
 */
export function negotiationDraftTriples(view: DraftView): DraftTriple[] {
  return view.graph.entities
    .filter((e) => e.type === EntityType.NEGOTIATION)
    .flatMap((talks) => {
      const members = [Predicate.MEDIATES, Predicate.PARTICIPATES_IN].flatMap((role) =>
        view.subjectsOf(role, talks.id).map((member) => [role, member] as const),
      );
      return orNone(view.subjectsOf(Predicate.HOSTS, talks.id)).flatMap((venue) =>
        orNone(members).map((m) => ({
          kind: m?.[0] ?? null,
          parts: [venue, m?.[1] ?? null],
          text: `${talks.id}: at ${view.describe(venue)}: ${m ? `${m[0]} ${view.describe(m[1])}` : 'no member'}`,
        })),
      );
    });
}
