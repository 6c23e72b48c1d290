import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from './error-codes';

export interface FormatErrorOptions {
  production: boolean;
}

/** Codes whose messages are written for the caller and pass through unchanged. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.ServiceUnavailable,
  ErrorCode.LimitExceeded,
  ErrorCode.RequestTimeout,
  ErrorCode.RateLimited,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * True when the error is the caller's to read and fix; every other error is masked as
 * `INTERNAL_SERVER_ERROR`, and logged (see the error-log plugin).
 */
export function isCallerError(error: unknown): boolean {
  if (unwrapResolverError(error) instanceof ArgumentValidationError) return true;
  const code = codeOf(error);
  if (code !== undefined) return PUBLIC_CODES.has(code);
  // Apollo's own request errors (a persisted query's wrong hash or version) carry a 4xx
  // status and no code.
  const status = extensionsOf(error)?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function extensionsOf(error: unknown) {
  return (error as { extensions?: { code?: unknown; http?: { status?: unknown } } } | null)?.extensions;
}

function codeOf(error: unknown): string | undefined {
  const code = extensionsOf(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Apollo's `formatError`: keeps caller-facing errors, turns class-validator failures into
 * one `BAD_USER_INPUT` naming the field, gives Apollo's code-less request errors the code
 * `BAD_REQUEST`, and masks everything else as `INTERNAL_SERVER_ERROR` so no SQL, path or
 * stack leaves the process.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      return { ...formatted, ...describeValidationFailure(original) };
    }
    if (isCallerError(error)) {
      const code = codeOf(error) ?? 'BAD_REQUEST';
      const caller = {
        ...formatted,
        message: callerMessage(formatted.message, code),
        extensions: { ...formatted.extensions, code },
      };
      return options.production ? withoutDebugDetail(caller) : caller;
    }
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.InternalServerError },
    };
  };
}

/**
 * graphql-js parses recursively: a document nested a few thousand deep overflows the stack, and
 * Apollo answers with the RangeError's words, which read as a fault of ours.
 */
function callerMessage(message: string, code: string): string {
  if (code === 'GRAPHQL_PARSE_FAILED' && message === 'Maximum call stack size exceeded') {
    return 'Syntax Error: the document is nested too deeply to parse';
  }
  return message;
}

function describeValidationFailure(
  error: ArgumentValidationError,
): Pick<GraphQLFormattedError, 'message' | 'extensions'> {
  const failures = flatten(error.extensions.validationErrors);
  const first = failures[0];
  const field = first?.field ?? 'arguments';
  const reason = first?.reason ?? 'failed validation';
  return {
    message: `Invalid value for "${field}": ${reason}`,
    extensions: { code: ErrorCode.BadUserInput, field, reason, validationErrors: failures },
  };
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; reason: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Production answers carry no stack traces and no "Did you mean ...?" schema hints. */
function withoutDebugDetail(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: formatted.message.replace(/ Did you mean .*\?$/, ''),
    extensions,
  };
}
