import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TopicKind, TopicRecord } from '@shared/domain/topics';
import { api } from '../../lib/api';
import { participantsKey, topicsKey } from './useParticipants';

type Name = { de: string; en: string };

/**
 * The catalogue's edits. Each channel answers with the whole new catalogue, which replaces
 * the cached one; a merge also rewrote people's ratings, so their details are refetched.
 */
export function useTopicCatalogue() {
  const client = useQueryClient();
  const store = (catalogue: TopicRecord[]) => {
    client.setQueryData(topicsKey, catalogue);
  };
  return {
    add: useMutation({ mutationFn: (input: { name: Name; kind: TopicKind }) => api.topics.add(input), onSuccess: store }),
    rename: useMutation({ mutationFn: (input: { id: string; name: Name }) => api.topics.rename(input), onSuccess: store }),
    retire: useMutation({ mutationFn: (input: { id: string; retired: boolean }) => api.topics.retire(input), onSuccess: store }),
    merge: useMutation({
      mutationFn: (input: { sourceId: string; targetId: string }) => api.topics.merge(input),
      onSuccess: async (catalogue) => {
        store(catalogue);
        await client.invalidateQueries({ queryKey: participantsKey });
      },
    }),
  };
}

export type TopicCatalogueMutations = ReturnType<typeof useTopicCatalogue>;
