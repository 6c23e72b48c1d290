import { BadUserInputError } from '../errors/bad-user-input.error';
import type { Extraction } from '../extract';
import { SeedSource } from '../seed/seed-file';
import { validateSeedJson } from '../seed/validate-seed-json';
import type { ExtractorThread } from './extractor-thread';
import type { KnownEntitiesCache } from './known-entities-cache';

/**
 * The longest text `extractGraph` reads, in UTF-16 code units (`String.length`). An article is a
 * few thousand words, 20,000 characters or so; reading one of this bound took 0.8 to 1.6 s here
 * (in the worker), well within EXTRACT_TIMEOUT_MS.
 */
export const MAX_ARTICLE_LENGTH = 100_000;

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
export async function draftArticle(request: DraftRequest, { knownEntities, extractor, signal }: Drafting): Promise<Extraction> {
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
