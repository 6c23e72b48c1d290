import type { DraftGraph } from '../../src/extract';
import type { ImportRequest } from '../../src/seed/import-source';
import type { LabeledArticle } from './labels';

/** The article's first line, as the extractor's texts give it: the headline. */
export function headline(text: string): string {
  return text.split('\n', 1)[0].trim();
}

/**
 * A draft as an editor would import it unchanged: the article's source (`source:<article id>`,
 * its headline as title, the rest from the labels) with the text and the draft graph.
 */
export function draftImport(article: LabeledArticle, graph: DraftGraph): ImportRequest {
  return {
    source: { ...article.labels.source, id: `source:${article.id}`, title: headline(article.text) },
    text: article.text,
    graph,
  };
}
