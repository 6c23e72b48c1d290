import { BadUserInputError } from '../errors/bad-user-input.error';
import { type Extraction, extractGraph } from '../extract';
import { SeedSource } from '../seed/seed-file';
import { validateSeedJson } from '../seed/validate-seed-json';
import type { GazetteerCache } from './gazetteer-cache';

export interface DraftRequest {
  text: string;
  /** The source the draft will be imported as, when the editor has one yet. */
  source?: unknown;
}

/**
 * `extractGraph` as the API serves it: the source held to the seed rules first (an import with
 * a bad one would be refused, so the draft would be of no use), then the article read against
 * the gazetteer of the graph as it is now.
 */
export async function draftArticle(request: DraftRequest, gazetteers: GazetteerCache): Promise<Extraction> {
  if (request.source != null) {
    const [problem] = validateSeedJson(SeedSource, request.source, ['input', 'source']).problems;
    // The seed rules' message starts with the field ("id: ..."), which the error names already.
    if (problem) throw new BadUserInputError(problem.field.join('.'), problem.message.replace(/^\w+: /, ''));
  }
  return extractGraph({ text: request.text }, await gazetteers.get());
}
