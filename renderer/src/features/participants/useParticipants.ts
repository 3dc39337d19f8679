import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const participantsKey = ['participants'] as const;
export const topicsKey = ['topics'] as const;

/** Everyone as compact rows plus the rounds, cached; mutations invalidate `participantsKey`. */
export function useParticipants() {
  return useQuery({ queryKey: [...participantsKey, 'list'], queryFn: () => api.participants.list() });
}

/** The topic catalogue (seeded by main on first use). */
export function useTopics() {
  return useQuery({ queryKey: topicsKey, queryFn: () => api.topics.list() });
}
