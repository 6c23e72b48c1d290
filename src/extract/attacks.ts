import { EntityType } from '../domain/entity-type';
import { Predicate } from '../domain/predicate';
import { Weapon } from '../domain/weapon';
import { fold } from '../text/fold';
import type { DraftBuilder } from './builder';
import { clauseAround } from './clauses';
import type { Resolution, ResolvedEntity } from './entities';
import type { Gazetteer } from './gazetteer';
import { ATTACK_WORDS, IN_PLACE, SAY_VERBS, WEAPON_WORDS } from './event-words';
import type { Mention } from './mention';
import type { Sentence, Token } from './tokens';

const WEAPON_NAMES: Record<Weapon, string> = {
  [Weapon.DRONE]: 'drone',
  [Weapon.MISSILE]: 'missile',
  [Weapon.ARTILLERY]: 'artillery',
  [Weapon.OTHER]: 'bomb',
};
/** Words before "bombs" that make them a weapon of the air ("glide bombs", "guided bombs"): still OTHER. */
const TIME_OF_DAY =
  /\b(?:overnight|(?:late|early) on \w+day|(?:late|early) on \w+day (?:morning|afternoon|evening|night)|on \w+day (?:morning|afternoon|evening|night)|at night|before dawn|in the (?:early hours|morning|afternoon|evening))\b/i;

/** One attack of the article: a weapon and who used it, where it struck, the sentences telling of it. */
/** Verbs that tell of an attack done, where a sentence names no weapon ("Others were downed over ..."). */
const STRUCK = new Set([
  'downed',
  'shot',
  'fell',
  'hit',
  'struck',
  'destroyed',
  'damaged',
  'killed',
  'injured',
  'wounded',
  'exploded',
  'intercepted',
  'shelled',
  'pounded',
]);

export interface AttackGroup {
  weapon: Weapon;
  perpetrator: ResolvedEntity | null;
  id?: string;
  sentences: Set<number>;
  /** The weapon as the text names it, for the attack's mentions ("Russian attack drones"). */
  names: { start: number; end: number }[];
  targets: { place: ResolvedEntity; predicate: Predicate; start: number; end: number }[];
  carriedOut: { start: number; end: number } | null;
  timeOfDay: string | null;
}

/**
 * Attacks as (weapon, perpetrator) with the places they struck: a sentence that names a weapon
 * and says something was hit, launched, downed or killed. The perpetrator is the demonym or
 * country on the weapon ("Russian drones", "Ukrainian shelling"), else the country or body
 * that acts ("Russia pounded Kyiv", "accused Ukraine of attacking"), else the one of the
 * article's last attack with that weapon. Places of the clause after the weapon or the verb
 * are its targets, those after "in" or "over" where it happened.
 */
export function findAttacks(
  text: string,
  sentences: readonly Sentence[],
  resolution: Resolution,
  quoted: (at: number) => boolean,
): AttackGroup[] {
  const groups: AttackGroup[] = [];
  const byMention = [...resolution.of.entries()].sort(([a], [b]) => a.start - b.start);
  const last = new Map<Weapon, ResolvedEntity | null>();
  for (const s of sentences) {
    const tokens = s.tokens.filter((t) => !quoted(t.start));
    if (!tokens.some((t) => ATTACK_WORDS.has(fold(t.text)))) continue;
    const weapons = weaponsIn(tokens);
    const named = byMention.filter(([m]) => m.start >= s.start && m.end <= s.end && !quoted(m.start));
    // "Others were downed over the Belgorod region", "debris fell in the Ramensky district": a
    // sentence of attacking with no weapon goes on the attack of the sentence before it.
    const previous = groups.find((g) => g.sentences.has(s.index - 1));
    const verb = tokens.findIndex((t) => STRUCK.has(fold(t.text)));
    if (weapons.length === 0 && previous && verb >= 0) {
      for (const t of targetsOf(tokens, verb, named, previous.perpetrator, true)) {
        if (t.after !== undefined && !previous.targets.some((x) => x.place === t.place)) previous.targets.push(t);
      }
      previous.sentences.add(s.index);
      continue;
    }
    for (const w of weapons) {
      const found = perpetratorOf(tokens, w.index, named);
      const entity = found?.entity ?? (last.has(w.weapon) ? last.get(w.weapon)! : (groups[0]?.perpetrator ?? null));
      last.set(w.weapon, entity);
      let group = groups.find((g) => g.weapon === w.weapon && g.perpetrator === entity);
      if (!group) {
        group = {
          weapon: w.weapon,
          perpetrator: entity,
          sentences: new Set(),
          names: [],
          targets: [],
          carriedOut: null,
          timeOfDay: null,
        };
        groups.push(group);
      }
      group.sentences.add(s.index);
      // The weapon as named, with its demonym when that is right before it ("Russian attack drones").
      const near = found && found.mention.end <= w.token.start && w.token.start - found.mention.end < 30;
      group.names.push({ start: near ? found.mention.start : w.token.start, end: w.token.end });
      if (found && !group.carriedOut) {
        group.carriedOut = {
          start: Math.min(found.mention.start, w.token.start),
          end: Math.max(found.mention.end, w.token.end),
        };
      }
      group.timeOfDay ??= text.slice(s.start, s.end).match(TIME_OF_DAY)?.[0] ?? null;
      for (const t of targetsOf(tokens, w.index, named, entity))
        if (!group.targets.some((x) => x.place === t.place)) group.targets.push(t);
    }
  }
  return groups;
}

interface WeaponWord {
  weapon: Weapon;
  token: Token;
  index: number;
}

function weaponsIn(tokens: readonly Token[]): WeaponWord[] {
  const found: WeaponWord[] = [];
  for (const [index, token] of tokens.entries()) {
    const weapon = WEAPON_WORDS[fold(token.text)];
    if (!weapon || found.some((f) => f.weapon === weapon)) continue;
    // "air defence systems able to stop ballistic missiles" asks for weapons; "shelled" is an act.
    found.push({ weapon, token, index });
  }
  return found;
}

type Named = readonly [Mention, ResolvedEntity][];

/** Who carried it out: a country or body on the weapon ("Russian attack drones"), or the actor before the verb. */
function perpetratorOf(
  tokens: readonly Token[],
  at: number,
  named: Named,
): { entity: ResolvedEntity; mention: Mention } | null {
  const weapon = tokens[at];
  const actor = ([, e]: readonly [Mention, ResolvedEntity]) =>
    e.type === EntityType.LOCATION ? e.kind === 'COUNTRY' : e.type === EntityType.ORGANIZATION && e.kind === 'MILITARY';
  // On the weapon: a demonym within three words before it ("two Russian guided bombs").
  const on = [...named]
    .reverse()
    .find(
      ([m, e]) =>
        m.end <= weapon.start &&
        weapon.start - m.end <= 25 &&
        e.type === EntityType.LOCATION &&
        e.kind === 'COUNTRY' &&
        /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ch)$/u.test(tokens.find((t) => t.start === m.start)?.text ?? ''),
    );
  if (on) return { entity: on[1], mention: on[0] };
  // Before the verb of attacking in the clause: "Russia pounded Kyiv", "drones that Russia launched", "accused Ukraine of attacking".
  const clause = clauseAround(tokens, at);
  for (let i = clause.to; i >= Math.max(0, clause.from - 8); i--) {
    if (!ATTACK_WORDS.has(fold(tokens[i].text))) continue;
    // Not the one who reports it ("Ukraine's air force said 36 drones had been launched"): no verb of saying between.
    const reported = (m: Mention) =>
      tokens.some((t) => t.start >= m.end && t.end <= tokens[i].start && SAY_VERBS.has(fold(t.text)));
    const before = [...named]
      .reverse()
      .find(([m, e]) => m.end <= tokens[i].start && tokens[i].start - m.end <= 40 && actor([m, e]) && !reported(m));
    if (before) return { entity: countryOf(before[1], named), mention: before[0] };
  }
  return null;
}

/** The side that attacks is its country (LABELS.md): a military body acts for the country it belongs to, when the article names it. */
function countryOf(e: ResolvedEntity, named: Named): ResolvedEntity {
  if (e.type !== EntityType.ORGANIZATION || !e.country) return e;
  return (
    named.find(([, x]) => x.type === EntityType.LOCATION && x.kind === 'COUNTRY' && x.country === e.country)?.[1] ?? e
  );
}

/**
 * Places of the weapon's clause, and of the sentence's later clauses where they follow "in",
 * "over", "on", "at" or "of" ("91 of them over the Moscow region", "Bila Tserkva, a city in
 * the Kyiv region"), or a list after one of those. Not names inside another (the Kyiv of
 * "Kyiv city military administration"), not a demonym ("Greek", "the Ukrainian capital"), not
 * a dateline; countries only when the sentence names no smaller place.
 */
function targetsOf(
  tokens: readonly Token[],
  at: number,
  named: Named,
  perpetrator: ResolvedEntity | null,
  onlyLocal = false,
): Target[] {
  const clause = clauseAround(tokens, at);
  const from = tokens[Math.max(clause.from, 0)].start;
  const end = tokens[clause.to].end;
  const after = new Map<Mention, string>();
  let listed: Mention | null = null;
  const places = named.filter(([m, e]) => {
    if (e.type !== EntityType.LOCATION || e === perpetrator || m.start < from || m.dateline || m.rule === 'demonym')
      return false;
    const i = tokens.findIndex((t) => t.start === m.start);
    const before = fold(tokens[i - 1]?.text ?? '');
    const preposition = before === 'the' ? fold(tokens[i - 2]?.text ?? '') : before;
    // "fired from occupied Crimea": where an attack came from is no place it struck.
    if ([tokens[i - 1], tokens[i - 2]].some((t) => t !== undefined && fold(t.text) === 'from')) {
      listed = null;
      return false;
    }
    const inList =
      listed !== null &&
      (before === 'and' || before === 'or' || (tokens[i - 1]?.post ?? '').startsWith(',')) &&
      m.start - listed.end < 12;
    if (IN_PLACE.has(preposition) || ['on', 'of', 'at'].includes(preposition) || inList) {
      after.set(m, preposition);
      listed = m;
      return true;
    }
    listed = null;
    return m.end <= end;
  });
  const outer = places.filter(
    ([m]) =>
      !named.some(([o, oe]) => oe.type !== EntityType.LOCATION && o.start <= m.start && o.end >= m.end && o !== m),
  );
  const local = outer.filter(([, e]) => e.kind !== 'COUNTRY');
  return (local.length > 0 || onlyLocal ? local : outer).map(([m, e]) => {
    const before = tokens[tokens.findIndex((t) => t.start === m.start) - 1];
    const predicate = before && IN_PLACE.has(fold(before.text)) ? Predicate.OCCURRED_IN : Predicate.TARGETED;
    return {
      place: e,
      predicate,
      start: Math.min(tokens[at].start, m.start),
      end: Math.max(tokens[at].end, m.end),
      after: after.get(m),
    };
  });
}

type Target = AttackGroup['targets'][number] & { after?: string };

/** Adds the attacks to the draft; their ids are set on the groups, for the figures. */
export function addAttacks(groups: AttackGroup[], draft: DraftBuilder, gazetteer: Gazetteer): void {
  for (const g of groups) {
    const target = g.targets[0]?.place.name;
    // "Russian drone attack on Zaporizhzhia": a country's attack named by its demonym.
    const demonym =
      g.perpetrator?.kind === 'COUNTRY' ? gazetteer.geo.demonymOf.get(fold(g.perpetrator.name)) : undefined;
    const by = g.perpetrator ? `${demonym ?? g.perpetrator.name} ` : '';
    const name = `${by}${WEAPON_NAMES[g.weapon]} attack${target ? ` on ${target}` : ''}`;
    g.id = draft.addEntity(
      {
        type: EntityType.ATTACK,
        name,
        aliases: [],
        mentions: g.names.map((n) => draft.quote(n.start, n.end)),
        weapon: g.weapon,
        occurredOn: null,
        timeOfDay: g.timeOfDay,
        damage: [],
      },
      { rule: 'weapon and what it struck', confidence: g.perpetrator ? 0.75 : 0.6 },
    );
    if (g.perpetrator) {
      const evidence = g.carriedOut ?? g.names[0];
      draft.relate(
        draft.idOf(g.perpetrator),
        Predicate.CARRIED_OUT,
        g.id,
        [draft.quote(evidence.start, evidence.end)],
        {
          rule: 'perpetrator of the attack',
          confidence: 0.75,
        },
      );
    }
    for (const t of g.targets) {
      draft.relate(g.id, t.predicate, draft.idOf(t.place), [draft.quote(t.start, t.end)], {
        rule: 'place of the attack',
        confidence: 0.7,
      });
    }
  }
}
