import { UserErrorCode } from '../domain/user-error-code';

export interface SeedErrorDetail {
  code?: UserErrorCode;
  /** Where in graph.json, e.g. `["relations", "3", "evidence", "0", "quote"]`. */
  path?: string[];
  quote?: string;
  within?: string | null;
}

/** A seed (or import) that cannot be loaded; the message names the file, the item and what is wrong. */
export class SeedError extends Error {
  override name = 'SeedError';
  readonly code: UserErrorCode;
  readonly path: string[];
  readonly quote?: string;
  readonly within?: string | null;

  constructor(message: string, detail: SeedErrorDetail = {}) {
    super(message);
    this.code = detail.code ?? UserErrorCode.INVALID;
    this.path = detail.path ?? [];
    this.quote = detail.quote;
    this.within = detail.within;
  }
}
