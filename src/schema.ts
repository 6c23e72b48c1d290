import { type GraphQLSchema, isAbstractType } from 'graphql';
import { typeNameOfId } from './entities/type-name';
import { validateArgs } from './resolvers/args/validate-args';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { AttackResolver } from './resolvers/attack.resolver';
import { ChangeResolver } from './resolvers/change.resolver';
import { EntityEditResolver } from './resolvers/entity-edit.resolver';
import { ImportSourceResolver } from './resolvers/import-source.resolver';
import { RelationEditResolver } from './resolvers/relation-edit.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import { EvidenceResolver } from './resolvers/evidence.resolver';
import { ExtractGraphResolver } from './resolvers/extract-graph.resolver';
import { FigureResolver } from './resolvers/figure.resolver';
import { LocationResolver } from './resolvers/location.resolver';
import { NegotiationResolver } from './resolvers/negotiation.resolver';
import { NeighborResolver } from './resolvers/neighbor.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PathResolver } from './resolvers/path.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { PositionResolver } from './resolvers/position.resolver';
import { RelationResolver } from './resolvers/relation.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { SourceResolver } from './resolvers/source.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { StatsResolver } from './resolvers/stats.resolver';

export const resolvers = [
  NodeResolver,
  EntityResolver,
  PersonResolver,
  OrganizationResolver,
  LocationResolver,
  AttackResolver,
  NegotiationResolver,
  StatementResolver,
  SourceResolver,
  RelationResolver,
  EvidenceResolver,
  PositionResolver,
  FigureResolver,
  SearchResolver,
  PathResolver,
  NeighborResolver,
  StatsResolver,
  ChangeResolver,
  ImportSourceResolver,
  EntityEditResolver,
  RelationEditResolver,
  ExtractGraphResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/**
 * The schema, built once per process: type-graphql keeps its metadata globally, so building
 * it again would only repeat the work.
 */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false },
    validateFn: validateArgs,
    emitSchemaFile: false,
  }).then(withSyncResolveType);
  return schema;
}

/**
 * type-graphql wraps every `resolveType` in an async function; graphql-jit wants the type
 * name itself and fails ("Abstract type ... must resolve") on a promise. Every abstract type
 * here resolves by the id's prefix, which needs no waiting.
 */
function withSyncResolveType(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (isAbstractType(type)) {
      if (type.name !== 'Node' && type.name !== 'Entity')
        throw new Error(`${type.name}: give it a synchronous resolveType (see schema.ts)`);
      type.resolveType = (value: { id: string }) => typeNameOfId(value.id);
    }
  }
  return built;
}
