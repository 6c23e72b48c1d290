import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { ResolvedEntity } from './entities';
import type { Mention } from './mention';
import type { Token } from './tokens';

/** Who sits at talks (talks.ts): the sides, and who leads each side's delegation. */

type Named = [Mention, ResolvedEntity][];

/** The sides: "between X and Y", "with X and Y", delegations, and the countries of a talk's sentence that act in it. */
export function partiesIn(tokens: readonly Token[], here: Named): Named {
  const found: Named = [];
  for (const [m, e] of here) {
    const i = tokens.findIndex((t) => t.start === m.start);
    const before = fold(tokens[i - 1]?.text ?? '');
    const twoBefore = fold(tokens[i - 2]?.text ?? '');
    if (e.type === EntityType.ORGANIZATION && e.kind === 'DELEGATION') found.push([m, e]);
    // "fired from Crimea" names no side; "delegations from Russia and Ukraine" does.
    else if (
      e.type === EntityType.LOCATION &&
      e.kind === 'COUNTRY' &&
      (!['in', 'at', 'from', 'to'].includes(before) || listedWithCountry(tokens, i, here))
    )
      found.push([m, e]);
    else if (
      e.type === EntityType.LOCATION &&
      (['between', 'with'].includes(before) ||
        (before === 'and' && ['between', 'with'].includes(fold(tokens[i - 3]?.text ?? twoBefore))))
    )
      found.push([m, e]);
  }
  return found;
}

/** "Russia and Ukraine": a country that another country follows after "and". */
function listedWithCountry(tokens: readonly Token[], i: number, here: Named): boolean {
  const and = tokens.slice(i + 1, i + 3).findIndex((t) => fold(t.text) === 'and');
  if (and < 0) return false;
  const next = tokens[i + 2 + and];
  return next !== undefined && here.some(([m, e]) => m.start === next.start && e.kind === 'COUNTRY');
}

/** "The Russian delegation was headed by Vladimir Medinsky", "Umerov, who led the Ukrainian delegation", "Russia's team was led by X and Y". */
export function leadsIn(
  tokens: readonly Token[],
  here: Named,
): [ResolvedEntity, ResolvedEntity, { start: number; end: number }][] {
  const found: [ResolvedEntity, ResolvedEntity, { start: number; end: number }][] = [];
  for (const [i, t] of tokens.entries()) {
    const word = fold(t.text);
    if (!['led', 'headed'].includes(word)) continue;
    const delegationBefore = [...here].reverse().find(([m, e]) => m.end <= t.start && e.kind === 'DELEGATION');
    const delegationAfter = here.find(([m, e]) => m.start > t.end && e.kind === 'DELEGATION');
    if (fold(tokens[i + 1]?.text ?? '') === 'by' && delegationBefore) {
      // "led by Senator Grigory Karasin and Sergei Beseda": the first one named, and one joined to it by
      // "and" or "with"; not a person of an apposition ("Medinsky, an aide to President Vladimir Putin").
      const after = here.filter(([m, e]) => m.start > t.end && e.type === EntityType.PERSON);
      const joined = (m: Mention) =>
        /^(?:and|with)$/.test(fold(tokens.find((x) => x.end <= m.start && x.end > m.start - 6)?.text ?? ''));
      const people = after.slice(0, 1).concat(after.slice(1, 2).filter(([m]) => joined(m)));
      for (const [m, e] of people) found.push([e, delegationBefore[1], span(delegationBefore[0], m)]);
    } else if (delegationAfter) {
      const person = [...here].reverse().find(([m, e]) => m.end <= t.start && e.type === EntityType.PERSON);
      if (person) found.push([person[1], delegationAfter[1], span(person[0], delegationAfter[0])]);
    }
  }
  return found;
}

function span(a: Mention, b: Mention): { start: number; end: number } {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
