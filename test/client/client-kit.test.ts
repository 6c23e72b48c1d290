import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloClient, HttpLink, InMemoryCache, gql, type ApolloCache, type TypedDocumentNode } from '@apollo/client';
import { Kind, OperationTypeNode, buildSchema, isObjectType, parse, type OperationDefinitionNode } from 'graphql';
import { KEYLESS_TYPES, createCache, possibleTypes, typenameOfId } from '../../graph/client/create-cache';
import * as documents from '../../graph/generated/graphql';
import { EntityPageDocument, EntityRelationsDocument, PeopleListDocument } from '../../graph/generated/graphql';
import { Role, createKey } from '../helpers/api-keys';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';

const GRAPH = join(__dirname, '..', '..', 'graph');
const OPERATIONS = join(GRAPH, 'operations');
const exampleVariables = JSON.parse(readFileSync(join(OPERATIONS, 'variables.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

/** Every named operation in graph/operations, found by reading the files, so a new one is tested too. */
const operations = readdirSync(OPERATIONS)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(readFileSync(join(OPERATIONS, file), 'utf8')).definitions)
  .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const operationNames = operations.map((d) => d.name!.value);
/** The queries: mutations change the graph, and have tests of their own (test/writes). */
const queryNames = operations.filter((d) => d.operation === OperationTypeNode.QUERY).map((d) => d.name!.value);

const documentOf = (name: string) =>
  (documents as Record<string, unknown>)[`${name}Document`] as TypedDocumentNode<Record<string, unknown>>;

/** A client as a frontend builds it, recording every response body the network gave. */
function recordingClient(url: string, cache: ApolloCache, headers: Record<string, string> = {}) {
  const responses: unknown[] = [];
  const fetchCounting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    responses.push(await response.clone().json());
    return response;
  };
  const client = new ApolloClient({
    cache,
    link: new HttpLink({ uri: `${url}/graphql`, fetch: fetchCounting, headers }),
  });
  const lastData = () => (responses.at(-1) as { data: unknown }).data;
  return { client, responses, lastData };
}

describe('the client kit against the running service', () => {
  let service: ListeningApp;
  /** A key, for the queries that need one (the history of writes). */
  let editorKey: string;
  beforeAll(async () => {
    const store = await seededStore();
    editorKey = await createKey(store, Role.EDITOR);
    service = await listeningApp(store);
  });
  afterAll(() => service.close());

  it('has example variables for every operation in graph/operations', () => {
    expect(operationNames.length).toBeGreaterThan(10);
    expect(operationNames.filter((name) => !(name in exampleVariables))).toEqual([]);
    expect(operationNames.filter((name) => !documentOf(name))).toEqual([]);
  });

  it('drops no field of any operation: what the cache gives back is what the network sent', async () => {
    // One cache for all of them, as in an app, so the operations' overlapping records meet.
    const { client, lastData } = recordingClient(service.url, createCache(), { authorization: `Bearer ${editorKey}` });
    for (const name of queryNames) {
      const query = documentOf(name);
      const variables = exampleVariables[name];
      const result = await client.query({ query, variables, fetchPolicy: 'network-only' });
      const sent = lastData();
      expect({ name, data: result.data }).toEqual({ name, data: sent });
      // Read back alone: null here would mean the cache cannot answer the query it just stored.
      expect({ name, data: client.cache.readQuery({ query, variables }) }).toEqual({ name, data: sent });
    }
    // Twenty operations, each a first request through the whole stack: on a busy 2-core machine
    // that alone came near jest's 5 s default.
  }, 30_000);

  it('would drop fields without the kit: a default cache loses the fragments on Entity', async () => {
    const { client, lastData } = recordingClient(service.url, new InMemoryCache());
    const variables = { id: 'person:vitali-klitschko' };
    await client.query({ query: EntityPageDocument, variables, fetchPolicy: 'network-only' });
    expect(client.cache.readQuery({ query: EntityPageDocument, variables })).not.toEqual(lastData());
  });

  it('merges two pages of a list into one, Relay-style', async () => {
    const { client, responses } = recordingClient(service.url, createCache());
    const first = await client.query({ query: PeopleListDocument, variables: { first: 3 } });
    const firstPage = first.data!.people;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    // The next page goes to the network as `fetchMore` sends it; the list is then both pages.
    const second = await client.query({
      query: PeopleListDocument,
      variables: { first: 3, after: firstPage.pageInfo.endCursor },
      fetchPolicy: 'network-only',
    });
    expect(responses).toHaveLength(2);

    const sentIds = responses.flatMap((r) =>
      (r as { data: { people: { edges: { node: { id: string } }[] } } }).data.people.edges.map((e) => e.node.id),
    );
    expect(sentIds).toHaveLength(6);
    const merged = client.cache.readQuery({ query: PeopleListDocument, variables: { first: 3 } })!.people;
    expect(merged.edges.map((e) => e.node.id)).toEqual(sentIds);
    expect(second.data!.people.edges.map((e) => e.node.id)).toEqual(sentIds);
    expect(merged.pageInfo.endCursor).toBe(second.data!.people.pageInfo.endCursor);
  });

  it("merges pages of an entity's relations the same way", async () => {
    const { client } = recordingClient(service.url, createCache());
    const id = 'location:kyiv';
    const first = await client.query({ query: EntityRelationsDocument, variables: { id, first: 2 } });
    const page1 = first.data!.entity!.relations;
    const after = page1.pageInfo.endCursor;
    await client.query({
      query: EntityRelationsDocument,
      variables: { id, first: 2, after },
      fetchPolicy: 'network-only',
    });
    const merged = client.cache.readQuery({ query: EntityRelationsDocument, variables: { id, first: 2 } })!.entity!
      .relations;
    expect(merged.edges).toHaveLength(Math.min(4, page1.totalCount));
    expect(merged.edges.slice(0, 2).map((e) => e.node.id)).toEqual(page1.edges.map((e) => e.node.id));
  });

  it('serves entity(id) and node(id) from the cache, with no request, for an entity a list loaded', async () => {
    const { client, responses } = recordingClient(service.url, createCache());
    await client.query({ query: PeopleListDocument, variables: { first: 10 } });
    expect(responses).toHaveLength(1);

    const card: TypedDocumentNode<
      { entity: { id: string; name: string; anonymous?: boolean } | null },
      { id: string }
    > = gql`
      query PersonCard($id: ID!) {
        entity(id: $id) {
          __typename
          id
          type
          name
          ... on Person {
            anonymous
          }
        }
      }
    `;
    const byEntity = await client.query({ query: card, variables: { id: 'person:vitali-klitschko' } });
    expect(byEntity.data!.entity).toEqual({
      __typename: 'Person',
      id: 'person:vitali-klitschko',
      type: 'PERSON',
      name: 'Vitali Klitschko',
      anonymous: false,
    });
    const byNode = await client.query({
      query: gql`
        query NodeCard($id: ID!) {
          node(id: $id) {
            __typename
            id
          }
        }
      `,
      variables: { id: 'person:putin' },
    });
    expect(byNode.data).toEqual({ node: { __typename: 'Person', id: 'person:putin' } });
    expect(responses).toHaveLength(1);

    // One the list did not load goes to the network.
    await client.query({ query: card, variables: { id: 'organization:emergency-services' } });
    expect(responses).toHaveLength(2);
  });
});

describe('the client kit itself', () => {
  it('reads the typename from an id prefix', () => {
    expect(typenameOfId('person:volodymyr-zelenskyy')).toBe('Person');
    expect(typenameOfId('relation:a--b--c')).toBe('Relation');
    expect(typenameOfId('nonsense:x')).toBeUndefined();
    expect(typenameOfId('no-prefix')).toBeUndefined();
  });

  it('lists every object type of the schema that has no id as keyless', () => {
    const schema = buildSchema(readFileSync(join(GRAPH, 'schema.graphql'), 'utf8'));
    const keyless = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !('id' in t.getFields()))
      .map((t) => t.name)
      .filter((name) => !['Query', 'Mutation'].includes(name) && !/(Connection|Edge)$/.test(name));
    expect([...KEYLESS_TYPES].sort()).toEqual(keyless.sort());
    expect(possibleTypes.Entity).toContain('Person');
  });
});
