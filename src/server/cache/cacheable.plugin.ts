import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * Adds to `cacheable` the context of every request whose answer may be stored: a query (never
 * a mutation) answered with 200 and no errors. Apollo alone knows the operation's type once it
 * has parsed the document; the route reads the mark after Apollo answered.
 */
export function cacheablePlugin(cacheable: WeakSet<Context>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation !== 'query' || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors?.length || (response.http.status ?? 200) !== 200) return;
          cacheable.add(contextValue);
        },
      };
    },
  };
}
