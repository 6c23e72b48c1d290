import type { DraftGraph } from '../../src/extract';
import type { ImportRequest } from '../../src/seed/import-source';
import type { LabeledArticle } from './labels';

/** The article's first line, as the extractor's texts give it: the headline. */
export function headline(text: string): string {
  return text.split('\n', 1)[0].trim();
}

/**
 * A draft as an editor would import it unchanged: the article's source (`source:<article id>`,
 * the rest from the labels) with the text and the draft graph. The title is the labels' (the
 * headline, by LABELS.md), else the text's first line: a text that opens without a headline
 * would give its whole first paragraph, longer than a title may be.
 */
export function draftImport(article: LabeledArticle, graph: DraftGraph): ImportRequest {
  return {
    source: {
      ...article.labels.source,
      id: `source:${article.id}`,
      title: article.labels.source.title || headline(article.text),
    },
    text: article.text,
    graph,
  };
}
