import { describe, expect, it } from 'vitest';

import {
  SEED_TOPICS,
  TopicCatalogueError,
  TopicRecordSchema,
  activeTopics,
  buildTopicLookup,
  mergeTopics,
  remapTopicIds,
  remapTopicRatings,
  renameTopic,
  resolveTopicId,
  retireTopic,
} from '../../../shared/domain/topics';

describe('topic catalogue', () => {
  it('seeds about twenty valid topics of both kinds with unique ids and names', () => {
    expect(SEED_TOPICS.length).toBeGreaterThanOrEqual(18);
    for (const t of SEED_TOPICS) {
      expect(TopicRecordSchema.safeParse(t).success, t.id).toBe(true);
      expect(t.name.de + t.name.en).not.toMatch(/[;:,]/);
    }
    expect(new Set(SEED_TOPICS.map((t) => t.id)).size).toBe(SEED_TOPICS.length);
    expect(new Set(SEED_TOPICS.map((t) => t.name.de.toLowerCase())).size).toBe(SEED_TOPICS.length);
    expect(new Set(SEED_TOPICS.map((t) => t.kind))).toEqual(new Set(['digital', 'management']));
  });

  it('renames without changing the id and refuses a name another topic has', () => {
    const renamed = renameTopic(SEED_TOPICS, 'ai_assistants', { de: 'KI im Alltag' });
    expect(buildTopicLookup(renamed)('ki im alltag')).toBe('ai_assistants');
    expect(() => renameTopic(SEED_TOPICS, 'ai_assistants', { en: 'IT Security' })).toThrow(
      TopicCatalogueError,
    );
  });

  it('merges so old references resolve to the target, also through an earlier merge', () => {
    let catalogue = mergeTopics(SEED_TOPICS, 'smartphone_apps', 'mobile_working');
    catalogue = mergeTopics(catalogue, 'mobile_working', 'collaboration_tools');
    expect(resolveTopicId(catalogue, 'smartphone_apps')).toBe('collaboration_tools');
    expect(catalogue.find((t) => t.id === 'smartphone_apps')?.mergedInto).toBe(
      'collaboration_tools',
    );
    expect(activeTopics(catalogue).map((t) => t.id)).not.toContain('mobile_working');
    expect(buildTopicLookup(catalogue)('Mobiles Arbeiten')).toBe('collaboration_tools');
    expect(
      remapTopicRatings(
        [
          { topicId: 'smartphone_apps', level: 2 },
          { topicId: 'collaboration_tools', level: 4 },
          { topicId: 'gone', level: 1 },
        ],
        catalogue,
      ),
    ).toEqual([
      { topicId: 'collaboration_tools', level: 4 },
      { topicId: 'gone', level: 1 },
    ]);
    expect(remapTopicIds(['mobile_working', 'collaboration_tools'], catalogue)).toEqual([
      'collaboration_tools',
    ]);
  });

  it('refuses merges into itself, into a retired topic and of unknown ids', () => {
    const codes = (fn: () => unknown): string => {
      try {
        fn();
        return 'none';
      } catch (error) {
        return error instanceof TopicCatalogueError ? error.code : 'other';
      }
    };
    expect(codes(() => mergeTopics(SEED_TOPICS, 'e_commerce', 'e_commerce'))).toBe(
      'topic_merge_into_self',
    );
    expect(
      codes(() =>
        mergeTopics(retireTopic(SEED_TOPICS, 'negotiation'), 'e_commerce', 'negotiation'),
      ),
    ).toBe('topic_merge_target_inactive');
    expect(codes(() => mergeTopics(SEED_TOPICS, 'nope', 'e_commerce'))).toBe('topic_not_found');
  });

  it('retires a topic but keeps it resolvable', () => {
    const catalogue = retireTopic(SEED_TOPICS, 'e_commerce');
    expect(resolveTopicId(catalogue, 'e_commerce')).toBe('e_commerce');
    expect(activeTopics(catalogue).some((t) => t.id === 'e_commerce')).toBe(false);
  });
});
