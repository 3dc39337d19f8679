import {
  mergeTopics,
  normaliseTopicLabel,
  remapTopicIds,
  remapTopicRatings,
  renameTopic,
  retireTopic,
  SEED_TOPICS,
  TopicCatalogueError,
  TopicRecordSchema,
  type TopicKind,
  type TopicRecord,
} from '../../../../shared/domain/topics';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';

const toRecord = (stored: Record<string, unknown>): TopicRecord => TopicRecordSchema.parse(stored);

/**
 * The topic catalogue: stored in the `topics` collection, seeded on first use. Edits run
 * through the pure catalogue helpers (`shared/domain/topics`) and write back only the
 * records that changed, so ids never change and old ratings keep resolving.
 */
export function createTopicsService(repos: () => Repositories) {
  async function list(): Promise<TopicRecord[]> {
    const stored = await repos().topics.find();
    if (stored.length === 0) {
      await repos().topics.insertMany(SEED_TOPICS.map((t) => ({ ...t })), 'topic.seeded');
      return [...SEED_TOPICS];
    }
    return stored.map(toRecord).sort((a, b) => a.name.de.localeCompare(b.name.de, 'de'));
  }

  /** Writes each record of `next` that differs from `before`. */
  async function save(before: readonly TopicRecord[], next: readonly TopicRecord[]): Promise<TopicRecord[]> {
    const old = new Map(before.map((t) => [t.id, JSON.stringify(t)]));
    for (const topic of next) {
      if (old.get(topic.id) !== JSON.stringify(topic)) {
        await repos().topics.update(topic.id, { ...topic });
      }
    }
    return list();
  }

  /** Translates the catalogue's domain errors to user-facing codes (`errors.topics.<code>`). */
  async function edit(change: (catalogue: TopicRecord[]) => TopicRecord[]): Promise<TopicRecord[]> {
    const before = await list();
    let next: TopicRecord[];
    try {
      next = change(before);
    } catch (error) {
      if (error instanceof TopicCatalogueError) {
        throw new AppError(`topics.${error.code}`, error.message);
      }
      throw error;
    }
    return save(before, next);
  }

  return {
    list,
    /** Adds a topic; its id is derived from the English name and never changes afterwards. */
    async add(name: { de: string; en: string }, kind: TopicKind): Promise<TopicRecord[]> {
      const catalogue = await list();
      const taken = catalogue.some(
        (t) =>
          t.mergedInto === undefined &&
          (normaliseTopicLabel(t.name.de) === normaliseTopicLabel(name.de) ||
            normaliseTopicLabel(t.name.en) === normaliseTopicLabel(name.en)),
      );
      if (taken) {
        throw new AppError('topics.topic_name_taken', 'A topic with that name exists.');
      }
      const base =
        normaliseTopicLabel(name.en)
          .normalize('NFKD')
          .replace(/[^a-z0-9]+/g, '_')
          .replace(/^_+|_+$/g, '')
          .slice(0, 48) || 'topic';
      const ids = new Set(catalogue.map((t) => t.id));
      let id = /^[a-z0-9]/.test(base) ? base : `t_${base}`;
      for (let n = 2; ids.has(id); n += 1) {
        id = `${base}_${String(n)}`;
      }
      await repos().topics.insert({ id, name: { de: name.de.trim(), en: name.en.trim() }, kind, retired: false, aliases: [] });
      return list();
    },
    rename: (id: string, name: { de: string; en: string }) => edit((c) => renameTopic(c, id, name)),
    /**
     * Merges `sourceId` into `targetId` and moves everyone's ratings and learning wishes to
     * the target (the higher level wins when a person had both), so pairing and the form see
     * one topic. The source stays in the catalogue, so anything else still resolves.
     */
    async merge(sourceId: string, targetId: string): Promise<TopicRecord[]> {
      const next = await edit((c) => mergeTopics(c, sourceId, targetId));
      const moved = new Set(next.filter((t) => t.mergedInto === targetId).map((t) => t.id));
      const people = await repos().participants.find();
      for (const person of people) {
        const touches = person.topics.some((r) => moved.has(r.topicId)) || person.learnFromOther.some((id) => moved.has(id));
        if (touches) {
          await repos().participants.update(
            person.id,
            { topics: remapTopicRatings(person.topics, next), learnFromOther: remapTopicIds(person.learnFromOther, next) },
            { action: 'participant.topics_merged' },
          );
        }
      }
      return next;
    },
    retire: (id: string, retired: boolean) => edit((c) => retireTopic(c, id, retired)),
  };
}

export type TopicsService = ReturnType<typeof createTopicsService>;
