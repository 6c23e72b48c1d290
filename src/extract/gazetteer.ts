import { EntityType } from '../domain/entity-type';
import { editDistance } from '../text/edit-distance';
import { fold } from '../text/fold';
import type { KnownEntity } from './draft';
import { type Geography, geography } from './geography';

/**
 * The names the extractor links to: the stored graph's people, organizations and places by
 * name and alias, by the keys below, and by surname; with the geographic gazetteer beside them.
 * Built once per graph version by whoever holds the store (100,000 entities in about a
 * second), never per article.
 */
export class Gazetteer {
  readonly geo: Geography;
  private readonly ids = new Set<string>();
  private readonly byKey = new Map<string, KnownEntity[]>();
  private readonly bySurname = new Map<string, KnownEntity[]>();
  /** People by the first three letters of their surname, for spelling variants ("Zelensky"). */
  private readonly byStem = new Map<string, KnownEntity[]>();

  private constructor(readonly known: readonly KnownEntity[]) {
    this.geo = geography();
    for (const e of known) {
      this.ids.add(e.id);
      for (const name of new Set([e.name, ...e.aliases])) {
        add(this.byKey, entityKey(e.type, name, this.geo), e);
        if (e.type === EntityType.PERSON) {
          const last = nameWords(name).at(-1);
          if (last) {
            add(this.bySurname, last, e);
            add(this.byStem, last.slice(0, 3), e);
          }
        }
      }
    }
  }

  static of(known: Iterable<KnownEntity>): Gazetteer {
    return new Gazetteer([...known]);
  }

  /** Whether the graph holds an entity of this id (new ids must not take one). */
  holds(id: string): boolean {
    return this.ids.has(id);
  }

  /** Stored entities of `type` whose name or an alias has the same key as `name`. */
  find(type: EntityType, name: string): KnownEntity[] {
    return this.byKey.get(entityKey(type, name, this.geo)) ?? [];
  }

  /** Stored people whose surname is `surname` (folded), exactly. */
  withSurname(surname: string): KnownEntity[] {
    return this.bySurname.get(fold(surname)) ?? [];
  }

  /**
   * Stored people whose name is `name` spelt another way: the same number of words, each
   * within one edit (two for words of eight letters or more), the surname given.
   */
  spelledLike(name: string): KnownEntity[] {
    const words = nameWords(name);
    const last = words.at(-1);
    if (!last || last.length < 5) return [];
    const found = new Set<KnownEntity>();
    for (const e of this.byStem.get(last.slice(0, 3)) ?? []) {
      for (const other of [e.name, ...e.aliases]) {
        const theirs = nameWords(other);
        const fits =
          (theirs.length === words.length && theirs.every((w, i) => close(w, words[i]))) ||
          (words.length === 1 && theirs.length > 1 && close(theirs.at(-1)!, last));
        if (fits) found.add(e);
      }
    }
    return [...found];
  }
}

function close(a: string, b: string): boolean {
  const max = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return editDistance(a, b, max) <= max;
}

/**
 * Adds `value` under `key` once. An entity's names are added one after another, so a repeat is
 * always the list's last item: checking that keeps the build linear where a search of the list
 * would not (thousands of surnames share a stem such as "kov").
 */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

/** The folded words of a name, without punctuation. */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
}

/** Words that do not tell two bodies apart: "the Kyiv city military administration" is "Kyiv military administration". */
const FILLER = new Set(['the', 'of', 'for', 'and', 'city', 's']);
const ADMINISTRATION_FILLER = new Set(['military', 'state']);
const SYNONYMS: Record<string, string> = {
  defense: 'defence',
  forces: 'force',
  services: 'service',
  delegations: 'delegation',
  team: 'delegation',
  side: 'delegation',
  emergencies: 'emergency',
  oblast: 'region',
  province: 'region',
  regional: 'region',
};

/**
 * The key two names of one entity share. Organizations: the country as a code whatever its
 * form ("Russian", "Russia's", "Russia"), synonyms made one, filler dropped and the words
 * sorted, so "Russia's Defence Ministry" is "Russian Ministry of Defence". Places: old
 * spellings made current ("Kiev" is "Kyiv"). People: the folded words.
 */
export function entityKey(type: EntityType, name: string, geo: Geography): string {
  const words = nameWords(name);
  if (type === EntityType.ORGANIZATION) {
    const parts: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
      const country =
        (two && (geo.countries.get(two) ?? geo.demonyms.get(two))) ||
        geo.countries.get(words[i]) ||
        geo.demonyms.get(words[i]);
      if (country) {
        parts.push(`@${country.country}`);
        if (two && (geo.countries.get(two) ?? geo.demonyms.get(two))) i++;
        continue;
      }
      const word = SYNONYMS[words[i]] ?? words[i];
      // A "regional military administration" is the "regional administration" (and the "state" one).
      if (!FILLER.has(word) && !(ADMINISTRATION_FILLER.has(word) && words.includes('administration'))) parts.push(word);
    }
    return `O ${parts.sort().join(' ')}`;
  }
  if (type === EntityType.LOCATION) {
    const place = words.filter((w) => w !== 'the').map((w) => SYNONYMS[w] ?? w);
    const joined = place.join(' ');
    const current = geo.cities.get(joined)?.name ?? geo.countries.get(joined)?.name;
    return `L ${current ? fold(current) : joined}`;
  }
  return `${type[0]} ${words.join(' ')}`;
}
