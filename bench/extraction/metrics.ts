/** A category's counts and what they are made of, so a reader sees why a score is what it is. */
export interface Category {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Labels found (with the draft item that found them). */
  matched: string[];
  /** Labels not found. */
  missed: string[];
  /** Draft items counted against precision. */
  extra: string[];
}

/** A share among pairs (the right reporter, the right `of`) or among draft items (exact spans). */
export interface Share {
  right: number;
  total: number;
  /** `right / total`; 1 when there is nothing to judge (nothing was wrong). */
  share: number;
  wrong: string[];
}

export interface CategoryItems {
  matched: string[];
  missed: string[];
  extra: string[];
}

/**
 * Precision, recall and F1 from the counts. Nothing drafted has precision 1 and nothing to
 * find has recall 1 (nothing was wrong, nothing was missed), so an empty draft of an article
 * with labels scores F1 0 and an empty draft of an empty article F1 1.
 */
export function category(
  items: CategoryItems,
  counts = { tp: items.matched.length, fp: items.extra.length, fn: items.missed.length },
): Category {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, ...items };
}

export function share(right: number, total: number, wrong: string[]): Share {
  return { right, total, share: total === 0 ? 1 : right / total, wrong };
}

/** Micro-averaged: the sums of the counts, then the ratios; items are kept, prefixed by where they came from. */
export function sumCategories(parts: readonly { from: string; category: Category }[]): Category {
  const tag = (from: string, items: string[]) => items.map((i) => `${from}: ${i}`);
  const sum = (key: 'tp' | 'fp' | 'fn') => parts.reduce((n, p) => n + p.category[key], 0);
  return category(
    {
      matched: parts.flatMap((p) => tag(p.from, p.category.matched)),
      missed: parts.flatMap((p) => tag(p.from, p.category.missed)),
      extra: parts.flatMap((p) => tag(p.from, p.category.extra)),
    },
    { tp: sum('tp'), fp: sum('fp'), fn: sum('fn') },
  );
}

export function sumShares(parts: readonly { from: string; share: Share }[]): Share {
  return share(
    parts.reduce((n, p) => n + p.share.right, 0),
    parts.reduce((n, p) => n + p.share.total, 0),
    parts.flatMap((p) => p.share.wrong.map((w) => `${p.from}: ${w}`)),
  );
}
