const DISTRICTS = [
  'Shevchenkivskyi',
  'Kyivskyi',
  'Slobidskyi',
  'Osnovianskyi',
  'Nemyshlianskyi',
  'Industrialnyi',
  'Saltivskyi',
  'Novobavarskyi',
];
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * An article of at least `length` characters: one paragraph a night, each with a dateline, a
 * strike, a toll with its reporter, a quote and a count of drones, the numbers and districts
 * changing from night to night as a long live blog's do.
 */
export function longArticle(length: number): string {
  const paragraphs = ['Russian strikes on Kharkiv: a month of nights, as officials reported them'];
  for (let night = 1; paragraphs.join('\n\n').length < length; night++) {
    const district = DISTRICTS[night % DISTRICTS.length];
    paragraphs.push(
      `Night ${night}: Russian drones struck the ${district} district of Kharkiv, killing ${WORDS[night % 10]} people and injuring ${night + 3}, ` +
        `Mayor Ihor Terekhov said. “We counted ${night * 2 + 1} explosions in ${district},” he wrote on Telegram. ` +
        `The air force said it shot down ${night + 40} of ${night + 60} drones launched at the region, and Oleh Syniehubov, the regional governor, ` +
        `said ${night % 7} more were lost from radar.`,
    );
  }
  return paragraphs.join('\n\n');
}
