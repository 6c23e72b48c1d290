import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';
import type { ArticleLabels, LabeledArticle } from './labels';

/** The labeled development set: `<id>.txt` with `<id>.json` beside it (LABELS.md there). */
export const DEV_SET_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'extraction');

const LISTS = ['entities', 'figures', 'quotes', 'positions', 'attacks', 'negotiations'] as const;

/**
 * Every labeled article in `dir`, in id order: the one reader that touches files, so the scorer
 * stays pure. A text without its labels (or labels without their text, or without one of the
 * lists) throws, naming the file: a set that silently lost an article would score higher.
 */
export function readDevSet(dir: string = DEV_SET_DIR): LabeledArticle[] {
  const files = readdirSync(dir);
  const ids = [
    ...new Set(files.filter((f) => /\.(txt|json)$/.test(f)).map((f) => f.replace(/\.(txt|json)$/, ''))),
  ].sort();
  return ids.map((id) => {
    for (const ext of ['txt', 'json']) {
      if (!files.includes(`${id}.${ext}`)) throw new Error(`${join(dir, id)}: ${id}.${ext} is missing`);
    }
    const labels = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as ArticleLabels;
    const lacking = [
      ...LISTS.filter((list) => !Array.isArray(labels[list])),
      ...(typeof labels.source === 'object' && labels.source ? [] : ['source']),
    ];
    if (lacking.length > 0)
      throw new Error(`${join(dir, `${id}.json`)}: not in the label format (lacks ${lacking.join(', ')})`);
    return { id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), labels };
  });
}
