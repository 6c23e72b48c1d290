import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from '../../../graph/client/create-cache';

/** The explorer speaks to the service that served it, through the project's client kit. */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: createCache(),
});
