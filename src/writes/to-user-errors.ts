import type { UserError } from '../entities/user-error.type';
import type { WriteProblem } from '../store/write-records';

/** Store and import problems as the schema's `UserError`s. */
export function toUserErrors(problems: readonly WriteProblem[]): UserError[] {
  return problems.map((p) => ({
    field: p.field.length > 0 ? p.field : null,
    message: p.message,
    code: p.code,
    quote: p.quote ?? null,
    within: p.within ?? null,
    sourceId: p.sourceId ?? null,
  }));
}
