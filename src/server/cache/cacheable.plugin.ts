import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Context } from '../context';

/**
 * Marks every request whose answer may be stored: a query (never a mutation) answered with 200
 * and no errors. Apollo alone knows the operation's type once it has parsed the document; the
 * route reads the mark after Apollo answered. The mark is the request's abort signal: Apollo
 * hands plugins a shallow copy of the context, in which the signal is the same object.
 */
export function cacheablePlugin(cacheable: WeakSet<AbortSignal>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation !== OperationTypeNode.QUERY || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors?.length || (response.http.status ?? 200) !== 200) return;
          cacheable.add(contextValue.signal);
        },
      };
    },
  };
}
