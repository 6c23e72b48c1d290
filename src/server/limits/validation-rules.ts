import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { Limits } from '../../config';

/**
 * Depth, alias and directive limits from graphql-armor, as validation rules: they run once per
 * distinct document (Apollo caches validated documents) and answer 400 before anything runs.
 * Armor's token limit is off (it parses a second time and answers 500: Apollo's own
 * `parseOptions.maxTokens` does it), and so is its cost rule: ours counts `first` the way
 * GitHub does (`query-cost.ts`). Field suggestions are dropped by `formatError` instead.
 */
export function limitRules(limits: Limits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    // Armor lets `__typename` aliases through by default; 10,000 of them still cost time.
    maxAliases: { n: limits.maxAliases, allowList: [] },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}
