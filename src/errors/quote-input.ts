/** Longest part of a caller's value an error message repeats. */
const QUOTED_MAX = 80;

/**
 * A caller's value as an error message quotes it: in JSON quotes, cut short past 80 characters,
 * so a refusal names the value without sending half a megabyte back.
 */
export function quoteInput(value: string): string {
  return value.length <= QUOTED_MAX
    ? JSON.stringify(value)
    : `${JSON.stringify(value.slice(0, QUOTED_MAX))}… (${value.length} characters)`;
}
