import type { TopicRating } from '../participants/participant.schema';
import { TopicCatalogueError, type TopicRecord } from './topic.types';

const byId = (catalogue: readonly TopicRecord[]): Map<string, TopicRecord> =>
  new Map(catalogue.map((t) => [t.id, t]));

const requireTopic = (index: Map<string, TopicRecord>, id: string): TopicRecord => {
  const found = index.get(id);
  if (found === undefined) {
    throw new TopicCatalogueError('topic_not_found', id);
  }
  return found;
};

/** Lower-case, collapsed whitespace: how names are compared for uniqueness and lookup. */
export const normaliseTopicLabel = (label: string): string =>
  label.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The id a reference finally points to: follows `mergedInto` (at most catalogue-size
 * hops, so a corrupt cycle cannot loop). `undefined` when the id is unknown.
 */
export const resolveTopicId = (
  catalogue: readonly TopicRecord[],
  id: string,
): string | undefined => {
  const index = byId(catalogue);
  let current = index.get(id);
  for (let hops = 0; current?.mergedInto !== undefined && hops < catalogue.length; hops += 1) {
    current = index.get(current.mergedInto);
  }
  return current?.id;
};

/** Topics offered in pickers for new entries: neither retired nor merged. */
export const activeTopics = (catalogue: readonly TopicRecord[]): TopicRecord[] =>
  catalogue.filter((t) => !t.retired && t.mergedInto === undefined);

/**
 * Renames a topic (one or both languages). Ids never change, so references stay valid.
 * @throws TopicCatalogueError `topic_not_found`, `topic_name_taken` (another active topic has that name)
 */
export const renameTopic = (
  catalogue: readonly TopicRecord[],
  id: string,
  name: Partial<TopicRecord['name']>,
): TopicRecord[] => {
  const topic = requireTopic(byId(catalogue), id);
  const next = { de: name.de?.trim() ?? topic.name.de, en: name.en?.trim() ?? topic.name.en };
  for (const other of activeTopics(catalogue)) {
    if (other.id === id) {
      continue;
    }
    const taken =
      normaliseTopicLabel(other.name.de) === normaliseTopicLabel(next.de) ||
      normaliseTopicLabel(other.name.en) === normaliseTopicLabel(next.en);
    if (taken) {
      throw new TopicCatalogueError('topic_name_taken', other.id);
    }
  }
  return catalogue.map((t) => (t.id === id ? { ...t, name: next } : t));
};

/**
 * Retires (or reactivates) a topic: hidden from pickers, still resolvable.
 * @throws TopicCatalogueError `topic_not_found`
 */
export const retireTopic = (
  catalogue: readonly TopicRecord[],
  id: string,
  retired = true,
): TopicRecord[] => {
  requireTopic(byId(catalogue), id);
  return catalogue.map((t) => (t.id === id ? { ...t, retired } : t));
};

/**
 * Merges `sourceId` into `targetId`. The source stays in the catalogue (retired, with
 * `mergedInto`) so stored references resolve; topics merged into the source earlier
 * are re-pointed to the target so chains stay one hop long.
 * @throws TopicCatalogueError `topic_not_found`, `topic_merge_into_self`, `topic_merge_target_inactive`
 */
export const mergeTopics = (
  catalogue: readonly TopicRecord[],
  sourceId: string,
  targetId: string,
): TopicRecord[] => {
  const index = byId(catalogue);
  requireTopic(index, sourceId);
  const target = requireTopic(index, targetId);
  if (sourceId === targetId) {
    throw new TopicCatalogueError('topic_merge_into_self', sourceId);
  }
  if (target.mergedInto !== undefined || target.retired) {
    throw new TopicCatalogueError('topic_merge_target_inactive', targetId);
  }
  return catalogue.map((t) =>
    t.id === sourceId || t.mergedInto === sourceId
      ? { ...t, retired: true, mergedInto: targetId }
      : t,
  );
};

/**
 * Rewrites ratings so every id is a live target; when two ratings end on the same
 * topic the higher level wins. Unknown ids are kept unchanged (never silently lost).
 */
export const remapTopicRatings = (
  ratings: readonly TopicRating[],
  catalogue: readonly TopicRecord[],
): TopicRating[] => {
  const out = new Map<string, TopicRating>();
  for (const rating of ratings) {
    const topicId = resolveTopicId(catalogue, rating.topicId) ?? rating.topicId;
    const prev = out.get(topicId);
    if (prev === undefined || prev.level < rating.level) {
      out.set(topicId, { topicId, level: rating.level });
    }
  }
  return [...out.values()];
};

/** Like {@link remapTopicRatings} for plain id lists (`learnFromOther`), de-duplicated. */
export const remapTopicIds = (
  ids: readonly string[],
  catalogue: readonly TopicRecord[],
): string[] => [...new Set(ids.map((id) => resolveTopicId(catalogue, id) ?? id))];

/**
 * Builds a lookup from a label as people type it (German or English name, or the id;
 * case and spacing ignored) to the resolved topic id. Used by the importer.
 */
export const buildTopicLookup = (
  catalogue: readonly TopicRecord[],
): ((label: string) => string | undefined) => {
  const labels = new Map<string, string>();
  // Active topics are added last so their names win over an old merged namesake, and
  // all aliases go in before any name so a real name always beats someone's alias.
  const ordered = [...catalogue].sort(
    (a, b) => Number(a.mergedInto === undefined) - Number(b.mergedInto === undefined),
  );
  const resolved = new Map(ordered.map((t) => [t.id, resolveTopicId(catalogue, t.id) ?? t.id]));
  for (const pass of [
    (t: TopicRecord) => t.aliases ?? [],
    (t: TopicRecord) => [t.id, t.name.de, t.name.en],
  ]) {
    for (const t of ordered) {
      for (const label of pass(t)) {
        labels.set(normaliseTopicLabel(label), resolved.get(t.id) ?? t.id);
      }
    }
  }
  return (label) => labels.get(normaliseTopicLabel(label));
};

/** The display name of a (resolved) topic in `language`, or the id when unknown. */
export const topicName = (
  catalogue: readonly TopicRecord[],
  id: string,
  language: 'de' | 'en',
): string => {
  const resolved = resolveTopicId(catalogue, id) ?? id;
  return catalogue.find((t) => t.id === resolved)?.name[language] ?? id;
};
