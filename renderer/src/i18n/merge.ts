type Tree = { [key: string]: string | Tree };

/**
 * Deep-merges locale trees: each feature area keeps its texts in its own file, and the app's
 * resources are their union. A key defined twice with different text is a mistake: it throws.
 */
export function mergeMessages(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree as Tree)) {
      const existing = out[key];
      if (typeof value === 'string') {
        if (typeof existing === 'object' || (typeof existing === 'string' && existing !== value)) {
          throw new Error(`Translation key defined twice: ${key}`);
        }
        out[key] = value;
      } else {
        if (typeof existing === 'string') {
          throw new Error(`Translation key defined twice: ${key}`);
        }
        out[key] = mergeMessages(existing ?? {}, value);
      }
    }
  }
  return out;
}
