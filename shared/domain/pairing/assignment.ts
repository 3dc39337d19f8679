import { munkres } from 'munkres';

import { maxMatchingSize } from './max-matching';
import { PairingInputError } from './pairing.errors';

/**
 * A rectangular assignment problem: `costs[row * cols + col]` is a finite cost
 * in `[0, maxCost]` (integers keep the solver's sums exact) or `Infinity` for a
 * forbidden pair.
 */
export type AssignmentProblem = {
  rows: number;
  cols: number;
  maxCost: number;
  costs: Float64Array;
};

/**
 * Solves "as many pairs as possible, then the least total cost" and never uses
 * a forbidden pair.
 *
 * `munkres` assigns every row of the smaller side and treats Infinity as
 * merely expensive, so the wrapper:
 * - puts the smaller side on the rows (munkres is O(rows² · cols));
 * - computes the maximum matching size k (Hopcroft–Karp) on the allowed pairs;
 * - adds "unpaired" columns any row may take, at cost `U = rows · maxCost + 1`,
 *   so one more real pair always lowers the total by more than any difference
 *   of pair costs. It adds `rows − k` of them: enough that a full assignment
 *   without forbidden pairs exists, and the matrix stays as narrow as
 *   possible (a full set of `rows` unpaired columns made 2000×2000 solves
 *   2–4× slower: munkres skips its column reduction on non-square input);
 * - replaces forbidden pairs by `F = rows · U + 1`, more than any full
 *   assignment without them can cost, so one is never picked;
 * - rejects NaN and out-of-range costs, and throws if a forbidden pair or
 *   other than k pairs come back.
 *
 * (Padding to a square with unpaired rows for the larger side was tried: with
 * many capacity-2 mentors the all-zero rows made munkres 15× slower.)
 *
 * Returns `[row, col]` pairs, sorted by row.
 */
export const solveAssignment = (problem: AssignmentProblem): [number, number][] => {
  const { rows, cols, maxCost, costs } = problem;
  if (rows === 0 || cols === 0) {
    return [];
  }
  if (costs.length !== rows * cols) {
    throw new RangeError(`assignment costs: expected ${rows * cols} entries, got ${costs.length}`);
  }
  const offsets = new Int32Array(rows + 1);
  const targets = new Int32Array(costs.length);
  let edges = 0;
  for (let y = 0; y < rows; y += 1) {
    for (let x = 0; x < cols; x += 1) {
      const cost = costs[y * cols + x] ?? Number.NaN;
      if (cost !== Number.POSITIVE_INFINITY) {
        if (Number.isNaN(cost) || cost < 0 || cost > maxCost) {
          throw new RangeError(`assignment cost out of range at (${y}, ${x}): ${cost}`);
        }
        targets[edges++] = x;
      }
    }
    offsets[y + 1] = edges;
  }
  const k = maxMatchingSize({ rows, cols, offsets, targets });
  if (k === 0) {
    return [];
  }
  const transpose = rows > cols;
  const r = transpose ? cols : rows;
  const c = transpose ? rows : cols;
  const extraCols = r - k;
  const unpaired = r * maxCost + 1;
  const forbidden = r * unpaired + 1;
  if (!Number.isFinite(maxCost) || maxCost < 0 || forbidden * 4 > Number.MAX_SAFE_INTEGER) {
    throw new PairingInputError('problemTooLarge', { rows, cols, maxCost });
  }
  const matrix: Float64Array[] = [];
  for (let y = 0; y < r; y += 1) {
    const row = new Float64Array(c + extraCols);
    for (let x = 0; x < c; x += 1) {
      const cost = transpose ? costs[x * cols + y] : costs[y * cols + x];
      row[x] = cost === Number.POSITIVE_INFINITY || cost === undefined ? forbidden : cost;
    }
    row.fill(unpaired, c);
    matrix.push(row);
  }
  const pairs: [number, number][] = [];
  for (const [y, x] of munkres(matrix)) {
    if (x >= c) {
      continue;
    }
    const row = transpose ? x : y;
    const col = transpose ? y : x;
    if (costs[row * cols + col] === Number.POSITIVE_INFINITY) {
      throw new Error(`assignment solver chose a forbidden pair (${row}, ${col}); refusing the result`);
    }
    pairs.push([row, col]);
  }
  if (pairs.length !== k) {
    throw new Error(`assignment solver returned ${pairs.length} pairs, maximum is ${k}; refusing the result`);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};
