import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Context } from '../context';

/**
 * Several mutations in one request run in turn, each its own transaction: when one is refused
 * (its key over the write rate, say) the ones before it have committed. Each mutation field is
 * nullable, so the refused one is null with its error beside the others' results; the error's
 * status (429) then describes only part of the answer, and the request is answered 200, as
 * GraphQL over HTTP does for partial data. A request where nothing committed keeps the status
 * its error sets. The Retry-After header stays either way.
 */
export function partialSuccessPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (operation?.operation !== OperationTypeNode.MUTATION || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !data) return;
          if (Object.values(data).some((value) => value !== null)) response.http.status = 200;
        },
      };
    },
  };
}
