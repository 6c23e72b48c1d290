/** A seed that cannot be loaded; the message names the file, the item and what is wrong. */
export class SeedError extends Error {
  override name = 'SeedError';
}
