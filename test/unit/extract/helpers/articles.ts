/**
 * Short texts written for these tests in the style of English news agencies (not taken from the
 * labeled set or the seed). Each test file uses the ones of its concern; the span, note and
 * format checks run over all of them.
 */
export const ARTICLES = {
  mayorBeforeName:
    "Kharkiv Mayor Ihor Terekhov said a Russian glide bomb hit a supermarket in the city's north on Saturday. " +
    'Terekhov said part of the roof had collapsed onto the shop floor.',
  governorAfterName:
    'Oleh Syniehubov, the governor of the Kharkiv region, said two people were wounded in the town of Chuhuiv. ' +
    'Syniehubov urged residents to stay in shelters until the alert was lifted.',
  ministry: "Ukraine's Ministry of Energy said power had been cut to several districts after the overnight strikes.",
  airForce: 'The Ukrainian air force said Russia had used cruise missiles and attack drones in the assault.',
  militaryAdministration: 'The Poltava regional military administration reported damage to a gas production facility.',
  kremlin: 'The Kremlin declined to comment on the reports when asked by journalists on Monday.',
  demonymRussian: 'Russian drones hit an oil depot near the port overnight, setting a storage tank on fire.',
  demonymPolish:
    'Polish fighter jets were scrambled as the attack on western Ukraine went on, the operational command said.',
  places: 'Explosions were heard in Lviv and across the Volyn region, close to the border with Poland.',
  oblast: 'Air raid sirens sounded in Zhytomyr oblast shortly after midnight.',
  storedMayor:
    "Kyiv Mayor Vitali Klitschko said debris fell on a kindergarten in the capital's Obolon district. No children were hurt.",
  variantFullName: 'President Volodymyr Zelensky called for more air defence systems after the attack on the capital.',
  variantSurname: 'Zelensky said the latest strikes showed that Moscow had no interest in a ceasefire.',
  ambiguousSurname: 'Kovalenko said the shelter in the school basement was full by midnight.',
  takenSlug: 'Russian shelling killed two people in Pokrovsk on Wednesday, officials said.',
  killedAtLeast:
    "Russian missiles struck Kryvyi Rih on Friday, killing at least seven people, said Oleksandr Vilkul, the head of the city's military administration.",
  injuredDozenAccordingTo:
    'A Russian drone attack on Kherson injured a dozen people, according to the regional military administration.',
  launchedAndPronoun:
    'Russia launched 112 drones at Ukraine overnight, the Ukrainian air force said. ' +
    'It said air defences shot down 71 of them and that 35 were lost from radar.',
  destroyed: "Ukraine's air force said it destroyed 40 Russian drones over the northern regions overnight.",
  downed:
    'Russian air defences downed 18 Ukrainian drones over the Belgorod region, the Russian Defence Ministry said.',
  failedToReach:
    'The air force said 25 Russian drones failed to reach their targets during the overnight attack on Sumy.',
  wroteOnTelegram:
    'A Russian drone hit a minibus in Nikopol, injuring four passengers, regional governor Serhiy Lysak wrote on Telegram.',
  pronounReporter:
    'Mykolaiv Mayor Oleksandr Senkevych said Russian drones struck the port area before dawn. He said three people were killed.',
  includingChild:
    'A Russian missile strike on Chernihiv killed five people, including a 10-year-old boy, regional governor Viacheslav Chaus said.',
  reported: 'Russian shelling injured nine people in Nikopol overnight, the State Emergency Service reported.',
  reporterInAnotherSentence:
    'Mykolaiv Mayor Oleksandr Senkevych visited the port on Monday. Three dockworkers were killed when Russian drones struck it overnight.',
  twoWeapons: 'Russia launched 96 drones and four missiles at Ukraine overnight, the Ukrainian air force said.',
  noReporter: 'Two people were killed when a Russian missile hit a grain warehouse in the Mykolaiv region.',
  quoteWithNoSpeaker:
    'A handwritten sign at the door of the damaged bakery read "Open again tomorrow" after the Russian strike on Sumy.',
  attackDrones: 'Russian drones struck Chernihiv overnight, damaging a power substation, officials said.',
  attackMissile: 'A Russian ballistic missile hit a hospital in Sumy on Thursday morning.',
  attackCombined: 'Russia pounded Lviv with missiles and drones overnight.',
  talksGeneva: 'Ukrainian and Russian delegations met in Geneva on Wednesday for talks mediated by the United States.',
  talksAbuDhabi:
    'Delegations from Russia and Ukraine held talks in Abu Dhabi on Friday, mediated by the United Arab Emirates.',
};

/** The opening sentence the quote tests put before each way of quoting: one person named. */
export const QUOTE_INTRO = 'Kherson Governor Oleksandr Prokudin visited the damaged children’s hospital on Tuesday.';

/** One passage, quoted each way the specification names, after `QUOTE_INTRO`. */
export const QUOTED = {
  'curly marks, speaker after': '“We will rebuild every ward,” Prokudin said.',
  'straight marks, speaker after': '"We will rebuild every ward," Prokudin said.',
  'speaker after the verb': '"We will rebuild every ward," said Prokudin.',
  'straight marks, speaker before': 'Prokudin said: "We will rebuild every ward."',
  'curly marks, speaker before': 'Prokudin told reporters: “We will rebuild every ward.”',
  'a pronoun back to the speaker': '“We will rebuild every ward,” he said.',
};

/** The words every way of quoting in `QUOTED` puts inside the marks. */
export const QUOTED_WORDS = 'We will rebuild every ward';

/** Every text above, by a name a failure can show. */
export function allArticles(): [string, string][] {
  return [
    ...Object.entries(ARTICLES),
    ...Object.entries(QUOTED).map(([way, quote]): [string, string] => [`quote, ${way}`, `${QUOTE_INTRO} ${quote}`]),
  ];
}
