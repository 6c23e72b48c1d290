import { CombinedGraphQLErrors, type ErrorLike, ServerError } from '@apollo/client';

const STORAGE_KEY = 'news-graph.editor-key';

/**
 * The editor's key lives in this tab's sessionStorage, and only when asked: it is a password,
 * so it never goes to localStorage (it would outlive the tab) and is never kept unasked.
 */
export const rememberedKey = (): string => sessionStorage.getItem(STORAGE_KEY) ?? '';

export function rememberKey(key: string | null): void {
  if (key) sessionStorage.setItem(STORAGE_KEY, key);
  else sessionStorage.removeItem(STORAGE_KEY);
}

/** The header for one write; reads go without it. */
export const authorization = (key: string): Record<string, string> =>
  key.trim() ? { Authorization: `Bearer ${key.trim()}` } : {};

/** The GraphQL error codes that are about the key: shown beside the key field. */
const KEY_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED'] as const;
export type KeyCode = (typeof KEY_CODES)[number];

export interface RequestFailure {
  code: string | null;
  message: string;
  /** True when the failure is about the key (none, unknown, not allowed, too many writes). */
  aboutKey: boolean;
}

interface GraphQLErrorBody {
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What a failed mutation means, from the GraphQL errors (a 429 comes as a non-2xx response with a GraphQL body). */
export function requestFailure(error: ErrorLike, keySent: boolean): RequestFailure {
  let first: { message: string; extensions?: { code?: unknown } } | undefined;
  if (CombinedGraphQLErrors.is(error)) first = error.errors[0];
  else if (ServerError.is(error)) {
    try {
      first = (JSON.parse(error.bodyText) as GraphQLErrorBody).errors?.[0];
    } catch {
      first = undefined;
    }
  }
  if (!first)
    return { code: null, message: `The service could not be reached or failed: ${error.message}`, aboutKey: false };
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  const aboutKey = (KEY_CODES as readonly string[]).includes(code ?? '');
  return { code, message: aboutKey ? keyMessage(code as KeyCode, first.message, keySent) : first.message, aboutKey };
}

function keyMessage(code: KeyCode, detail: string, keySent: boolean): string {
  if (code === 'UNAUTHENTICATED' && !keySent)
    return 'Adding an article needs an editor’s key: ask an admin for one (npm run keys -- create --role editor).';
  if (code === 'UNAUTHENTICATED') return `That key was refused: ${detail}.`;
  if (code === 'FORBIDDEN') return `This key may not add articles. ${detail}.`;
  return `Too many writes with this key for now. ${detail}.`;
}
