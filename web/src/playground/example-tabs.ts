import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  Kind,
  parse,
  print,
  visit,
} from 'graphql';
import exampleVariables from '../../../graph/operations/variables.json';

/** The project's own operations, read at build time, so the examples never drift from them. */
const files = import.meta.glob<string>('../../../graph/operations/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface ExampleTab {
  query: string;
  variables: string;
}

const definitions: DefinitionNode[] = Object.values(files).flatMap((text) => parse(text).definitions);
const fragments = new Map(
  definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** The fragments a definition spreads, and the ones those spread, in first-use order. */
function fragmentsUsedBy(node: DefinitionNode, seen = new Set<string>()): FragmentDefinitionNode[] {
  const used: FragmentDefinitionNode[] = [];
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (!fragment || seen.has(fragment.name.value)) return;
      seen.add(fragment.name.value);
      used.push(fragment, ...fragmentsUsedBy(fragment, seen));
    },
  });
  return used;
}

const variablesByName = exampleVariables as Record<string, Record<string, unknown>>;

/** One tab per operation in graph/operations: the operation, its fragments, and example variables. */
export const exampleTabs: ExampleTab[] = definitions
  .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => ({
    query: [operation, ...fragmentsUsedBy(operation)].map((d) => print(d)).join('\n\n'),
    variables: JSON.stringify(variablesByName[operation.name?.value ?? ''] ?? {}, null, 2),
  }));
