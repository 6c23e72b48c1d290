import { BadUserInputError } from '../errors/bad-user-input.error';
import type { Extraction } from '../extract';
import { SeedSource } from '../seed/seed-file';
import { validateSeedJson } from '../seed/validate-seed-json';
import type { ExtractorThread } from './extractor-thread';
import type { KnownEntitiesCache } from './known-entities-cache';

/**
 * The longest text `extractGraph` reads, in UTF-16 code units (`String.length`). A news article
 * of a few thousand words is under 20,000 characters (the labeled ones are 2 to 3 KB). Reading
 * takes time in proportion to the text, about 25 ms a KB here: 1.1 s for 50,000 characters of
 * the labeled articles, 2.1 s for 100,000, which on a loaded machine ran past the 5 s of
 * EXTRACT_TIMEOUT_MS. This bound keeps the longest well within it.
 */
export const MAX_ARTICLE_LENGTH = 50_000;

export interface DraftRequest {
  text: string;
  /** The source the draft will be imported as, when the editor has one yet. */
  source?: unknown;
}

/** What a draft needs of the request's context. */
export interface Drafting {
  knownEntities: KnownEntitiesCache;
  extractor: ExtractorThread;
  signal?: AbortSignal;
}

/**
 * `extractGraph` as the API serves it: the text held to its bound and the source to the seed
 * rules first (an import with a bad one would be refused, so the draft would be of no use),
 * then the article read in the extraction worker against the gazetteer of the graph as it is now.
 */
export async function draftArticle(
  request: DraftRequest,
  { knownEntities, extractor, signal }: Drafting,
): Promise<Extraction> {
  if (request.text.length > MAX_ARTICLE_LENGTH) {
    throw new BadUserInputError('input.text', `at most ${MAX_ARTICLE_LENGTH} characters, got ${request.text.length}`);
  }
  if (request.source != null) {
    const [problem] = validateSeedJson(SeedSource, request.source, ['input', 'source']).problems;
    // The seed rules' message starts with the field ("id: ..."), which the error names already.
    if (problem) throw new BadUserInputError(problem.field.join('.'), problem.message.replace(/^\w+: /, ''));
  }
  return extractor.extract(request.text, await knownEntities.get(), signal);
}
