import { FigureMetric } from '../domain/figure-metric';
import { Weapon } from '../domain/weapon';

/**
 * Words of English news the extractor reads as cues. Kept as data, apart from the rules that
 * use them: every entry is about how news is written, none about a particular article.
 */

/** A set of the words of a string, split at white space: the lists below read as lists. */
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Titles printed before a name ("Mayor Vitali Klitschko", "Defence Minister Rustem Umerov"), folded. */
export const TITLE_WORDS = words(`
  president vice prime minister mayor governor senator general lieutenant colonel major commander chief
  ambassador envoy secretary spokesman spokeswoman spokesperson adviser advisor aide deputy acting foreign
  defence defense interior energy finance justice health economy pope king queen prince crown sheikh emir
  chancellor speaker director head commissioner prosecutor admiral sergeant captain mr mrs ms dr regional
  chairman chairwoman chair special senior top presidential national security human rights ombudsman negotiator
  representative state first former cardinal archbishop leader councillor officer mp lawmaker legislator
  staff gov sen rep gen lt col sgt capt adm maj cmdr amb pres supt
`);

/** The word a title ends in, which makes it a title and not a modifier ("Foreign" needs "Minister"). */
export const TITLE_HEADS = words(`
  president minister mayor governor senator general colonel major commander chief ambassador envoy secretary
  spokesman spokeswoman spokesperson adviser advisor aide pope king queen prince sheikh emir chancellor speaker
  director head commissioner prosecutor admiral sergeant captain mr mrs ms dr chairman chairwoman chair
  ombudsman negotiator representative cardinal archbishop leader councillor officer mp lawmaker legislator
  lieutenant gov sen rep gen lt col sgt capt adm maj cmdr amb pres supt
`);

/** Titles news agencies abbreviate with a full stop ("Gov. Maksym Kozytskyi", "Lt. Gen."). */
export const TITLE_ABBREVIATIONS = words(`gov sen rep gen lt col sgt capt adm maj cmdr amb pres supt mr mrs ms dr`);

/** Honorifics that are a title but no office: "Mr Umerov" holds no position "Mr". */
export const HONORIFICS = words(`
  mr mrs ms dr
`);

/** Heads of an organization's name, capitalized ("State Emergency Service", "Ministry of Defence"). */
export const ORG_HEADS: Record<string, string> = {
  ministry: 'MINISTRY',
  department: 'MINISTRY',
  council: 'GOVERNMENT',
  service: 'OTHER',
  services: 'OTHER',
  staff: 'MILITARY',
  force: 'MILITARY',
  forces: 'MILITARY',
  army: 'MILITARY',
  navy: 'MILITARY',
  guard: 'MILITARY',
  guards: 'MILITARY',
  command: 'MILITARY',
  administration: 'LOCAL_ADMINISTRATION',
  agency: 'OTHER',
  bank: 'OTHER',
  committee: 'OTHER',
  office: 'GOVERNMENT',
  commission: 'OTHER',
  police: 'OTHER',
  parliament: 'GOVERNMENT',
  assembly: 'GOVERNMENT',
  union: 'ALLIANCE',
  organization: 'OTHER',
  organisation: 'OTHER',
  court: 'OTHER',
  fund: 'OTHER',
  institute: 'OTHER',
  university: 'OTHER',
  corporation: 'OTHER',
  company: 'OTHER',
  group: 'OTHER',
  party: 'OTHER',
  kremlin: 'GOVERNMENT',
  house: 'GOVERNMENT',
  pentagon: 'MILITARY',
  rada: 'GOVERNMENT',
  cabinet: 'GOVERNMENT',
  government: 'GOVERNMENT',
  delegation: 'DELEGATION',
  nations: 'ALLIANCE',
  alliance: 'ALLIANCE',
  coalition: 'ALLIANCE',
  embassy: 'GOVERNMENT',
  mission: 'OTHER',
  network: 'MEDIA',
  television: 'MEDIA',
  agencies: 'OTHER',
  directorate: 'MILITARY',
  intelligence: 'MILITARY',
  duma: 'GOVERNMENT',
  senate: 'GOVERNMENT',
  congress: 'GOVERNMENT',
  secretariat: 'GOVERNMENT',
  presidency: 'GOVERNMENT',
  railways: 'OTHER',
  energoatom: 'OTHER',
  ukrenergo: 'OTHER',
  naftogaz: 'OTHER',
  exchange: 'OTHER',
  headquarters: 'OTHER',
  centre: 'OTHER',
  center: 'OTHER',
  bureau: 'OTHER',
  foundation: 'OTHER',
  board: 'OTHER',
  corps: 'MILITARY',
  brigade: 'MILITARY',
  battalion: 'MILITARY',
  regiment: 'MILITARY',
  fleet: 'MILITARY',
  ministries: 'MINISTRY',
  authority: 'OTHER',
  inspectorate: 'OTHER',
  prosecutor: 'OTHER',
};

/** A whole organization in one word that names no place: acronyms are handled apart. */
export const ORG_WORDS = words(`
  kremlin pentagon nato ukrenergo energoatom naftogaz gazprom rosatom swift reuters tass interfax
`);

/** Acronyms that are places, not bodies. */
export const PLACE_ACRONYMS = words(`
  us u.s. usa uk u.k. uae eu u.s.a.
`);

/**
 * Bodies written in lower case after a place, a demonym or a possessive ("Ukraine's air
 * force", "the Kyiv city military administration"), folded; the longest is tried first.
 */
export const LOWER_BODIES: Record<string, string> = {
  'air force': 'MILITARY',
  'air forces': 'MILITARY',
  'general staff': 'MILITARY',
  'armed forces': 'MILITARY',
  navy: 'MILITARY',
  'military administration': 'LOCAL_ADMINISTRATION',
  'city military administration': 'LOCAL_ADMINISTRATION',
  'regional military administration': 'LOCAL_ADMINISTRATION',
  'regional administration': 'LOCAL_ADMINISTRATION',
  'city council': 'LOCAL_ADMINISTRATION',
  'city administration': 'LOCAL_ADMINISTRATION',
  'defence ministry': 'MINISTRY',
  'defense ministry': 'MINISTRY',
  'foreign ministry': 'MINISTRY',
  'interior ministry': 'MINISTRY',
  'energy ministry': 'MINISTRY',
  'health ministry': 'MINISTRY',
  'emergency service': 'EMERGENCY_SERVICE',
  'emergency services': 'EMERGENCY_SERVICE',
  'emergencies ministry': 'EMERGENCY_SERVICE',
  'state emergency service': 'EMERGENCY_SERVICE',
  'border guard': 'MILITARY',
  'border service': 'MILITARY',
  "prosecutor's office": 'OTHER',
  "prosecutor general's office": 'OTHER',
  "regional prosecutor's office": 'OTHER',
  'national police': 'OTHER',
  police: 'OTHER',
  delegation: 'DELEGATION',
  'military intelligence': 'MILITARY',
  'security service': 'MILITARY',
  parliament: 'GOVERNMENT',
  government: 'GOVERNMENT',
  'presidential office': 'GOVERNMENT',
  'energy company': 'OTHER',
  'national guard': 'MILITARY',
  army: 'MILITARY',
};

/** Words that name a delegation at talks when they follow a side ("Russia's team", "the Ukrainian side"). */
export const DELEGATION_WORDS = words(`
  delegation delegations team side negotiators negotiating
`);

/** Heads of a place's name or the word after it: "Black Sea", "Kyiv region", "Sviatoshynskyi district". */
export const PLACE_HEADS: Record<string, 'REGION' | 'DISTRICT' | 'OTHER' | 'CITY'> = {
  region: 'REGION',
  oblast: 'REGION',
  province: 'REGION',
  krai: 'REGION',
  republic: 'REGION',
  regions: 'REGION',
  oblasts: 'REGION',
  district: 'DISTRICT',
  raion: 'DISTRICT',
  sea: 'OTHER',
  river: 'OTHER',
  strait: 'OTHER',
  peninsula: 'OTHER',
  bay: 'OTHER',
  island: 'OTHER',
  gulf: 'OTHER',
  ocean: 'OTHER',
  mountains: 'OTHER',
  airport: 'OTHER',
  port: 'OTHER',
  square: 'OTHER',
  palace: 'OTHER',
  hotel: 'OTHER',
  city: 'CITY',
};

/** Words before a name that make it a place: "the city of X", "the town of X". */
export const PLACE_OF = words(`
  city town village port settlement cities towns villages capital region district
`);

/** Prepositions after which a lone capitalized word is a place more often than anything else. */
export const PLACE_PREPOSITIONS = words(`
  in on over near across outside from to into around at towards toward
`);

/** Capitalized words that name no entity: calendar words, channels, words capitalized by style. */
export const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december telegram x facebook twitter instagram youtube tiktok whatsapp i god
  christmas easter ramadan soviet western european shahed shaheds iskander
  iskander-m kalibr kinzhal patriot patriots f-16 f-16s geran oreshnik himars atacms storm shadow tomahawk
  taurus mig su kh-101 ok covid internet am pm gmt utc the a an and but or if as he she it they we our his her
  their this that these those there in on at by for with after before since while when separately meanwhile
  elsewhere overnight earlier later outside
`);

/** Verbs of saying and reporting, in their printed forms. */
export const SAY_VERBS = words(`
  said says say told tells wrote writes added adds stated reported reports announced announces posted claimed
  claims declared warned warns noted insisted explained confirmed confirms estimated tweeted replied responded
  recalled argued stressed urged accused denied gave put saying telling writing adding according quoted cited
  asked continued vowed given called described stating emphasized emphasised noting warning insisting arguing
  expressing
`);

/** Number words (cardinals), folded. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Words for what an attack is carried out with, by the kind the schema knows (Weapon). */
export const WEAPON_WORDS: Record<string, Weapon> = {
  drone: Weapon.DRONE,
  drones: Weapon.DRONE,
  uav: Weapon.DRONE,
  uavs: Weapon.DRONE,
  shahed: Weapon.DRONE,
  shaheds: Weapon.DRONE,
  missile: Weapon.MISSILE,
  missiles: Weapon.MISSILE,
  rocket: Weapon.MISSILE,
  rockets: Weapon.MISSILE,
  artillery: Weapon.ARTILLERY,
  shelling: Weapon.ARTILLERY,
  shelled: Weapon.ARTILLERY,
  shells: Weapon.ARTILLERY,
  mortar: Weapon.ARTILLERY,
  mortars: Weapon.ARTILLERY,
  bomb: Weapon.OTHER,
  bombs: Weapon.OTHER,
};

/** Words that make a sentence about an attack carried out, not about weapons in general. */
export const ATTACK_WORDS = words(`
  attack attacks attacked attacking strike strikes struck striking hit hits hitting pounded pounding shelled shelling
  bombed bombing launched launching fired firing slammed targeted targeting barrage raid raids downed destroyed
  intercepted shot shoot destruction exploded fell killed killing injured injuring wounded wounding damaged dropped accused assault
`);

/** Prepositions before a place where an attack happened (OCCURRED_IN), as against one it was aimed at (TARGETED). */
export const IN_PLACE = words(`in over across near around inside throughout`);

/** Words for people counted: a toll counts people, not buildings or hours. */
export const PEOPLE_WORDS = words(`
  people persons person civilians civilian children child residents resident workers worker women woman men man
  soldiers others staff rescuers rescuer paramedics medics shoppers passengers employees officers firefighters
  journalists patients teenagers girls boys girl boy baby babies elderly villagers pensioners volunteers
  policemen police servicemen
`);

/** Cues of each figure metric, folded; "shot" needs "down", "lost" is read with what follows. */
export const METRIC_WORDS: Record<string, FigureMetric> = {
  killed: FigureMetric.KILLED,
  killing: FigureMetric.KILLED,
  kill: FigureMetric.KILLED,
  kills: FigureMetric.KILLED,
  dead: FigureMetric.KILLED,
  died: FigureMetric.KILLED,
  deaths: FigureMetric.KILLED,
  toll: FigureMetric.KILLED,
  injured: FigureMetric.INJURED,
  injuring: FigureMetric.INJURED,
  injuries: FigureMetric.INJURED,
  wounded: FigureMetric.INJURED,
  wounding: FigureMetric.INJURED,
  hurt: FigureMetric.INJURED,
  launched: FigureMetric.LAUNCHED,
  launching: FigureMetric.LAUNCHED,
  fired: FigureMetric.LAUNCHED,
  sent: FigureMetric.LAUNCHED,
  attacked: FigureMetric.LAUNCHED,
  destroyed: FigureMetric.INTERCEPTED,
  downed: FigureMetric.INTERCEPTED,
  intercepted: FigureMetric.INTERCEPTED,
  destruction: FigureMetric.INTERCEPTED,
  shoot: FigureMetric.INTERCEPTED,
  shot: FigureMetric.INTERCEPTED,
  neutralised: FigureMetric.INTERCEPTED,
  neutralized: FigureMetric.INTERCEPTED,
  lost: FigureMetric.FAILED_TO_REACH_TARGET,
  jammed: FigureMetric.FAILED_TO_REACH_TARGET,
  reach: FigureMetric.FAILED_TO_REACH_TARGET,
};

/** Words before a count that qualify it, kept with the figure. */
export const QUALIFIERS = [
  'at least',
  'more than',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'up to',
  'some',
  'another',
  'a further',
  'roughly',
  'at most',
  'fewer than',
];

/** Nouns after a count that is no figure: times, distances, places, things. */
export const NOT_COUNTED = words(`
  hours hour minutes minute days day weeks week months month years year km kilometres kilometers kilometre metres
  meters miles square percent sites site buildings building houses homes settlements villages towns communities
  districts regions cities times rounds prisoners pows points schools jets planes aircraft tonnes tons seconds
  storey storeys floors apartments flats vehicles cars systems centres centers
`);
