import { SEED_TOPICS, topicName } from '@shared/domain/topics';
import type { TopicRecord } from '@shared/domain/topics';
import type { TopicNames } from '@shared/ipc/domains/reports.contract';
import type { Repositories } from '../../db/repositories';

/**
 * Names of the given topic ids in both languages. The stored catalogue wins; the seed
 * catalogue fills in when the programme has not stored its catalogue yet (it is seeded on
 * first use), so a report never prints a raw id for a known topic.
 */
export async function loadTopicNames(repos: Repositories, ids: Iterable<string>): Promise<TopicNames> {
  const stored: TopicRecord[] = await repos.topics.find();
  const storedIds = new Set(stored.map((t) => t.id));
  const catalogue = [...stored, ...SEED_TOPICS.filter((t) => !storedIds.has(t.id))];
  const names: TopicNames = {};
  for (const id of new Set(ids)) {
    names[id] = { de: topicName(catalogue, id, 'de'), en: topicName(catalogue, id, 'en') };
  }
  return names;
}
