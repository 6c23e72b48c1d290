import { readDevSet } from '../../../../bench/extraction/read-dev-set';

/** The labeled articles of test/fixtures/extraction/ as (id, text): only their texts are of use here. */
export function devSetTexts(): [string, string][] {
  return readDevSet().map((a): [string, string] => [a.id, a.text]);
}
