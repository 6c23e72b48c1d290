/**
 * An import of `pairs` people and `pairs` organizations, each person MEMBER_OF one, in the seed
 * format, every quote found once in its text: a few megabytes of thousands of entities
 * (14,300 pairs: 7 MB, 42,900 entities and relations). Their numbers start at `from`, so
 * imports with different ones share no entity.
 */
export function largeImport(pairs: number, slug = 'large-import', from = 0) {
  const pad = (i: number) => String(i).padStart(6, '0');
  const sentences: string[] = [];
  const entities: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  for (let i = from; i < from + pairs; i++) {
    const person = `Agent K${pad(i)}`;
    const guild = `Guild G${pad(i)}`;
    sentences.push(`${person} joined ${guild} this week.`);
    entities.push(
      {
        id: `person:agent-k${pad(i)}`,
        type: 'PERSON',
        name: person,
        aliases: [],
        mentions: [{ quote: person }],
        anonymous: false,
      },
      {
        id: `organization:guild-g${pad(i)}`,
        type: 'ORGANIZATION',
        name: guild,
        aliases: [],
        mentions: [{ quote: guild }],
        kind: 'OTHER',
      },
    );
    relations.push({
      subject: `person:agent-k${pad(i)}`,
      predicate: 'MEMBER_OF',
      object: `organization:guild-g${pad(i)}`,
      evidence: [{ quote: `${person} joined ${guild}` }],
    });
  }
  return {
    source: { id: `source:${slug}`, title: 'A large import', publisher: 'Test', url: null, publishedOn: null },
    text: sentences.join(' '),
    graph: { entities, positions: [], relations, figures: [] },
  };
}
