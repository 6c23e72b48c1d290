import { FigureMetric } from '../domain/figure-metric';
import { Weapon } from '../domain/weapon';

/**
 * Words of English news the rules of events read: saying and reporting, numbers, weapons,
 * attacks, what a toll counts, the metrics of figures. Data apart from the rules that use them
 * (quotes, attacks, figures), each entry about how news is written, none about one article.
 */

/** A set of the words of a string, split at white space: the lists below read as lists. */
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

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
