import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '../../errors/error-codes';
import { isCallerError } from '../../errors/format-error';
import type { Context } from '../context';

/**
 * Logs every error the caller only sees masked, with the request id, and puts that id on the
 * masked errors' `extensions` so a user can quote it.
 */
export function errorLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isCallerError(error)) continue;
            contextValue.log?.error(
              { err: unwrapResolverError(error), path: error.path, requestId: contextValue.requestId },
              'request failed',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.InternalServerError) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
