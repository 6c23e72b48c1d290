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

/** An abbreviated title as the position names it: "Gov." is a Governor. */
export const TITLE_SPELLED_OUT: Record<string, string> = Object.fromEntries(
  'gov Governor sen Senator rep Representative gen General lt Lieutenant col Colonel sgt Sergeant capt Captain adm Admiral maj Major cmdr Commander amb Ambassador pres President supt Superintendent'
    .split(' ')
    .flatMap((word, i, all) => (i % 2 === 0 ? [[word, all[i + 1]]] : [])),
);

/** Words that stand before a verb of saying and name no one: pronouns, groups. */
export const PRONOUN_WORDS = words(`he she it they we i you officials police witnesses residents`);

/** Kinds of business a name may stand before ("the Epicentr store"). */
export const BUSINESSES = words(`
  store stores company firm chain supermarket hypermarket plant factory refinery airline operator group conglomerate
  bank agency channel newspaper broadcaster
`);

/** Lower-case words that may join capitalized ones in one name: "Ministry of Defence", "Lolwah al-Khater". */
export const CONNECTORS = words(`of for al el bin ibn de van von da du la`);
