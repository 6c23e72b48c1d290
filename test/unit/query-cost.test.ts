import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { getSchema } from '../../src/schema';
import { cachedQueryCost, listSize, queryCost } from '../../src/server/limits/query-cost';

/** Every list field of objects and its bound: what the cost section of docs/http.md lists. */
const BOUNDS: Record<string, number> = {
  'Entity.mentions': 50,
  'Entity.neighbors': 500,
  'Entity.neighborhood': 500,
  'Attack.targets': 100,
  'Attack.areas': 100,
  'Attack.respondents': 100,
  'Attack.statements': 100,
  'Attack.figures': 50,
  'Attack.figureSummary': 5,
  'FigureSummary.reports': 50,
  'Figure.evidence': 20,
  'Location.contains': 100,
  'Location.attacks': 100,
  'Location.negotiations': 100,
  'Negotiation.mediators': 100,
  'Negotiation.parties': 100,
  'Negotiation.statements': 100,
  'Organization.leaders': 100,
  'Organization.members': 100,
  'Organization.statements': 100,
  'Person.positions': 20,
  'Person.affiliations': 100,
  'Person.statements': 100,
  'Person.negotiations': 100,
  'Position.evidence': 20,
  'Relation.evidence': 20,
  'Statement.about': 100,
  'Statement.evidence': 50,
  'Source.sentences': 500,
  'Path.steps': 9,
  'Stats.entities': 6,
  'Stats.relations': 15,
  // Paged by `first`: its args class's @Max.
  'Query.sources': 100,
  'Query.search': 50,
  'Query.paths': 5,
};

/** Object lists another field already counts, or that have no bound yet (see the cost section of docs/http.md). */
const COUNTED_ELSEWHERE = /^\w+Connection\.edges$/; // the connection's `first`
const UNBOUNDED = /^\w+Payload\.userErrors$/; // mutations' refusals: as many as the input has faults
const NODES = 'Query.nodes'; // its `ids`

describe('queryCost: fields that may resolve, each list multiplied by its first or its bound', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await getSchema();
  });
  const cost = (query: string, variables?: Record<string, unknown>) =>
    queryCost(schema, parse(query), undefined, variables, 100_000);

  it('counts each field once where no list is involved', () => {
    // entity + name + id
    expect(cost('{ entity(id: "location:kyiv") { id name } }')).toBe(3);
  });

  it('multiplies a connection by its first, and nested ones by each other', () => {
    // people(10) × (edges + node + id)
    expect(cost('{ people(first: 10) { edges { node { id } } } }')).toBe(10 * (1 + 1 + 1 + 1));
    const nested = cost('{ people(first: 10) { edges { node { relations(first: 5) { totalCount } } } } }');
    expect(nested).toBe(10 * (1 + 1 + 1 + 5 * (1 + 1)));
  });

  it('reads first from variables and defaults', () => {
    expect(cost('query ($n: Int!) { people(first: $n) { totalCount } }', { n: 7 })).toBe(7 * 2);
    expect(cost('{ people { totalCount } }')).toBe(20 * 2);
    expect(cost('query ($n: Int) { people(first: $n) { totalCount } }', {})).toBe(20 * 2);
    expect(cost('{ sources { id } }')).toBe(20 * 2);
  });

  it('counts a first its rules refuse (negative, zero, over the maximum) as the maximum', () => {
    for (const first of [-2_147_483_648, -1, 0, 101, 2_147_483_647]) {
      expect(cost(`{ people(first: ${first}) { totalCount } }`)).toBe(100 * 2);
    }
    // A null first cannot be read at all: the cost plugin refuses the request (BAD_USER_INPUT).
    expect(() => cost('query ($n: Int) { people(first: $n) { totalCount } }', { n: null })).toThrow(
      /Argument "first" of non-null type/,
    );
    expect(cost('{ search(query: "x", first: -5) { score } }')).toBe(50 * 2);
    expect(cost('{ paths(from: "a", to: "b", first: 0) { length } }')).toBe(5 * 2);
    expect(cost('{ sources(first: -1) { id } }')).toBe(100 * 2);
  });

  it('lets no sibling with a negative first lower the cost of the others', () => {
    const heavy = '{ locations(first: 100) { edges { node { relations(first: 100) { edges { node { id } } } } } } }';
    const withSibling = `{ a: people(first: -2147483648) { totalCount } ${heavy.slice(1, -1)} }`;
    expect(cost(withSibling)).toBe(cost(heavy) + 100 * 2);
    expect(cost(withSibling)).toBeGreaterThan(cost(heavy));
  });

  it('counts nodes(ids) by its ids and a neighborhood by its cap', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3 * 2);
    expect(cost('{ entity(id: "x") { neighbors { id } } }')).toBe(1 + 500 * 2);
  });

  it('counts every list without first by its bound, nested ones multiplied', () => {
    expect(cost('{ sources(first: 1) { sentences { text } } }')).toBe(1 * (1 + 500 * 2));
    expect(cost('{ entity(id: "x") { mentions { quote } } }')).toBe(1 + 50 * 2);
    expect(cost('{ entity(id: "x") { ... on Attack { figures { evidence { quote } } } } }')).toBe(
      1 + 50 * (1 + 20 * 2),
    );
    expect(cost('{ entity(id: "x") { ... on Organization { members { positions { title } } } } }')).toBe(
      1 + 100 * (1 + 20 * 2),
    );
    expect(cost('{ path(from: "a", to: "b") { steps { entity { id } } } }')).toBe(1 + 9 * (1 + 2));
    expect(cost('{ stats { entities { count } relations { count } } }')).toBe(1 + 6 * 2 + 15 * 2);
  });

  it('counts aliases of a bounded list each at its bound: ten of sources { sentences { text } } are over the limit', () => {
    const one = '{ sources { sentences { text } } }';
    const ten = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: sources { sentences { text } }`).join(' ')} }`;
    expect(cost(one)).toBe(20 * (1 + 500 * 2));
    expect(cost(ten)).toBe(10 * cost(one));
    expect(cost(ten)).toBeGreaterThan(50_000);
  });

  it('counts a list of scalars as one value', () => {
    expect(cost('{ entity(id: "x") { aliases } }')).toBe(2);
    expect(cost('{ entity(id: "x") { ... on Attack { damage } ... on Negotiation { topics } } }')).toBe(2);
  });

  it('takes the costliest type where fragments differ by type', () => {
    const person = cost('{ entity(id: "x") { ... on Person { positions { title } } } }');
    const both = cost('{ entity(id: "x") { ... on Person { positions { title } } ... on Location { kind } } }');
    expect(both).toBe(person);
  });

  it('counts fragments as the fields they spread', () => {
    const withFragment = cost(
      '{ people(first: 2) { ...P } } fragment P on PersonConnection { edges { node { id name } } }',
    );
    expect(withFragment).toBe(cost('{ people(first: 2) { edges { node { id name } } } }'));
  });

  describe('the bounds', () => {
    const listFields = () =>
      Object.values(schema.getTypeMap())
        .filter((type) => !type.name.startsWith('__'))
        .flatMap((type) =>
          isObjectType(type) || isInterfaceType(type)
            ? Object.values(type.getFields()).map((field) => ({ type, field }))
            : [],
        )
        .filter(({ field }) => isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type)))
        .map(({ type, field }) => ({ name: `${type.name}.${field.name}`, type, field }));

    it('every list of objects counts by a bound: its first, its ids, its own, or its connection', () => {
      const unbounded = listFields()
        .filter(({ field }) => field.extensions.maxItems === undefined)
        .map(({ name }) => name)
        .filter((name) => !COUNTED_ELSEWHERE.test(name) && !UNBOUNDED.test(name) && name !== NODES);
      expect(unbounded).toEqual([]);
    });

    it('each bound is the one listed, and says so in the field description', () => {
      // An implementing type's field has the interface's bound: list each field once, where declared.
      const declared = listFields().filter(({ name, type }) => {
        const onInterface =
          isObjectType(type) && type.getInterfaces().some((i) => i.getFields()[name.split('.')[1]] !== undefined);
        return !onInterface && !COUNTED_ELSEWHERE.test(name) && !UNBOUNDED.test(name) && name !== NODES;
      });
      expect(Object.fromEntries(declared.map(({ name, field }) => [name, field.extensions.maxItems]))).toEqual(BOUNDS);
      for (const { name, field } of declared) {
        if (field.args.some((arg) => arg.name === 'first')) continue; // its `first` argument says it
        expect({ name, description: field.description }).toEqual({
          name,
          description: expect.stringContaining(`At most ${BOUNDS[name]}.`),
        });
      }
    });

    it('a paged field counts its first only within its own range', () => {
      const people = schema.getQueryType()!.getFields().people;
      expect(listSize(people, { first: 100 })).toBe(100);
      expect(listSize(people, { first: 1 })).toBe(1);
      expect(listSize(people, { first: 1.5 })).toBe(100);
      expect(listSize(people, { first: '5' })).toBe(100);
      expect(listSize(people, {})).toBe(100);
    });
  });
});

describe('cachedQueryCost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await getSchema();
  });

  it('answers as queryCost does, per document, operation and declared variables', () => {
    const cached = cachedQueryCost();
    const document = parse('query A($n: Int) { people(first: $n) { totalCount } } query B { stats { sources } }');
    for (const variables of [{ n: 5 }, { n: 7 }, { n: 5 }, {}, { n: 5, unused: 'x'.repeat(10_000) }]) {
      expect(cached(schema, document, 'A', variables, 100_000)).toBe(
        queryCost(schema, document, 'A', variables, 100_000),
      );
    }
    expect(cached(schema, document, 'B', { n: 5 }, 100_000)).toBe(2);
  });

  it('gives a variable the operation never declares no say, and a declared one of any size its own', () => {
    const cached = cachedQueryCost();
    const document = parse('query ($q: String!, $n: Int) { search(query: $q, first: $n) { score } }');
    const small = cached(schema, document, undefined, { q: 'kyiv', n: 3, pad: 'x'.repeat(1_000_000) }, 100_000);
    expect(small).toBe(3 * 2);
    // Over the key's size: counted, not remembered, and still right.
    expect(cached(schema, document, undefined, { q: 'k'.repeat(5000), n: 4 }, 100_000)).toBe(4 * 2);
    expect(cached(schema, document, undefined, { q: 'k'.repeat(5000), n: 6 }, 100_000)).toBe(6 * 2);
  });
});
