/** The JSON of a GraphQL response, loosely typed for assertions. */
export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
  extensions?: { cost?: { requested: number | null; limit: number } };
}

export async function readBody(response: Response): Promise<GraphQLResponseBody> {
  return (await response.json()) as GraphQLResponseBody;
}

/** POSTs a GraphQL request as JSON. */
export function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}
