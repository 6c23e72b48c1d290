/** Why a mutation refused its input (docs/design.md, "Writes"); a refused mutation writes nothing. */
export enum UserErrorCode {
  QUOTE_NOT_FOUND = 'QUOTE_NOT_FOUND',
  QUOTE_AMBIGUOUS = 'QUOTE_AMBIGUOUS',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  TYPE_MISMATCH = 'TYPE_MISMATCH',
  CONFLICT = 'CONFLICT',
  INVALID = 'INVALID',
}
