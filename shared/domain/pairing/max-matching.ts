/** A bipartite graph in compressed rows: the allowed columns of row r are `targets[offsets[r] … offsets[r+1])`. */
export type BipartiteGraph = { rows: number; cols: number; offsets: Int32Array; targets: Int32Array };

const FREE = -1;

/**
 * Size of a maximum matching (Hopcroft–Karp, O(E·√V)), with iterative DFS so
 * large rounds cannot overflow the stack. The assignment wrapper uses it to
 * add exactly as many "unpaired" columns as people must stay unpaired, which
 * keeps the dense solver's matrix close to square.
 */
export const maxMatchingSize = (g: BipartiteGraph): number => {
  const { rows, cols, offsets, targets } = g;
  const rowMate = new Int32Array(rows).fill(FREE);
  const colMate = new Int32Array(cols).fill(FREE);
  const dist = new Int32Array(rows);
  const next = new Int32Array(rows);
  const queue = new Int32Array(rows);
  const stack = new Int32Array(rows);
  let size = 0;
  // Greedy start: most rows match on the first try in dense graphs.
  for (let r = 0; r < rows; r += 1) {
    for (let i = offsets[r] ?? 0; i < (offsets[r + 1] ?? 0); i += 1) {
      const c = targets[i] ?? 0;
      if (colMate[c] === FREE) {
        colMate[c] = r;
        rowMate[r] = c;
        size += 1;
        break;
      }
    }
  }
  for (;;) {
    // BFS layers from the free rows.
    let head = 0;
    let tail = 0;
    for (let r = 0; r < rows; r += 1) {
      if (rowMate[r] === FREE) {
        dist[r] = 0;
        queue[tail++] = r;
      } else {
        dist[r] = -1;
      }
    }
    let found = false;
    while (head < tail) {
      const r = queue[head++] ?? 0;
      for (let i = offsets[r] ?? 0; i < (offsets[r + 1] ?? 0); i += 1) {
        const mate = colMate[targets[i] ?? 0] ?? FREE;
        if (mate === FREE) {
          found = true;
        } else if (dist[mate] === -1) {
          dist[mate] = (dist[r] ?? 0) + 1;
          queue[tail++] = mate;
        }
      }
    }
    if (!found) {
      return size;
    }
    // DFS along the layers for vertex-disjoint shortest augmenting paths.
    next.set(offsets.subarray(0, rows));
    const before = size;
    for (let start = 0; start < rows; start += 1) {
      if (rowMate[start] !== FREE) {
        continue;
      }
      let depth = 0;
      stack[0] = start;
      while (depth >= 0) {
        const r = stack[depth] ?? 0;
        const i = next[r] ?? 0;
        if (i >= (offsets[r + 1] ?? 0)) {
          dist[r] = -1; // dead end: never try this row again in this phase
          depth -= 1;
          continue;
        }
        next[r] = i + 1;
        const c = targets[i] ?? 0;
        const mate = colMate[c] ?? FREE;
        if (mate === FREE) {
          // Augment along the stack: each row takes the column it was trying.
          for (let d = depth; d >= 0; d -= 1) {
            const row = stack[d] ?? 0;
            const col = targets[(next[row] ?? 1) - 1] ?? 0;
            colMate[col] = row;
            rowMate[row] = col;
          }
          size += 1;
          break;
        }
        if (dist[mate] === (dist[r] ?? 0) + 1) {
          stack[++depth] = mate;
        }
      }
    }
    if (size === before) {
      return size; // cannot happen in Hopcroft–Karp; guards against looping forever
    }
  }
};
