/** The `extensions.code` values this service puts on GraphQL errors (docs/design.md, "Errors"). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** A query over one of the limits, refused before it ran (docs/http.md, "Limits"). */
  LimitExceeded = 'LIMIT_EXCEEDED',
  /** A request that ran past `REQUEST_TIMEOUT_MS` and was stopped. */
  RequestTimeout = 'REQUEST_TIMEOUT',
  /** A key that wrote more than `WRITE_RATE_LIMIT` times in a minute (HTTP 429). */
  RateLimited = 'RATE_LIMITED',
}
