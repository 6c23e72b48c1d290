/**
 * A maximum-weight one-to-one matching between `rows` and `cols` (the Hungarian algorithm with
 * potentials, O(n² m)). `weight(r, c)` is 0 where the two cannot pair; only pairs of positive
 * weight are returned. Greedy pairing is wrong where one draft item fits two labels and the
 * other fits only one of them; a maximum matching pairs both.
 */
export function maxWeightMatching(
  rows: number,
  cols: number,
  weight: (row: number, col: number) => number,
): [number, number][] {
  if (rows === 0 || cols === 0) return [];
  // The algorithm assigns every row of the smaller side: transpose when rows outnumber cols.
  if (rows > cols) return maxWeightMatching(cols, rows, (c, r) => weight(r, c)).map(([c, r]) => [r, c]);
  const w = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => weight(r, c)));
  // Minimising cost = -weight; arrays are 1-based, index 0 is the algorithm's sentinel.
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const rowOf = new Array<number>(cols + 1).fill(0);
  const way = new Array<number>(cols + 1).fill(0);
  for (let i = 1; i <= rows; i++) {
    rowOf[0] = i;
    let col = 0;
    const minv = new Array<number>(cols + 1).fill(Infinity);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[col] = true;
      const row = rowOf[col];
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const reduced = -w[row - 1][j - 1] - u[row] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = col;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          next = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[rowOf[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      col = next;
    } while (rowOf[col] !== 0);
    do {
      const previous = way[col];
      rowOf[col] = rowOf[previous];
      col = previous;
    } while (col !== 0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= cols; j++) {
    const i = rowOf[j];
    if (i !== 0 && w[i - 1][j - 1] > 0) pairs.push([i - 1, j - 1]);
  }
  return pairs;
}
