import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Every query of the rounds and sessions pages lives under this key, so one write refreshes all. */
export const ROUNDS_KEY = 'rounds';

export function useRoundList() {
  return useQuery({ queryKey: [ROUNDS_KEY, 'list'], queryFn: () => api.rounds.list() });
}

export function useRound(roundId: string) {
  return useQuery({
    queryKey: [ROUNDS_KEY, 'get', roundId],
    queryFn: () => api.rounds.get({ roundId }),
  });
}

export function useTandems(roundId: string | null) {
  return useQuery({
    queryKey: [ROUNDS_KEY, 'tandems', roundId],
    queryFn: () => api.tandems.list({ roundId: roundId ?? '' }),
    enabled: roundId !== null,
  });
}

export function useMeetings(roundId: string | null) {
  return useQuery({
    queryKey: [ROUNDS_KEY, 'meetings', roundId],
    queryFn: () => api.meetings.list({ roundId: roundId ?? '' }),
    enabled: roundId !== null,
  });
}

export function useFeedbackList(roundId: string | null) {
  return useQuery({
    queryKey: [ROUNDS_KEY, 'feedback', roundId],
    queryFn: () => api.feedback.list({ roundId: roundId ?? '' }),
    enabled: roundId !== null,
  });
}

export function useDashboard(roundId: string) {
  return useQuery({
    queryKey: [ROUNDS_KEY, 'dashboard', roundId],
    queryFn: () => api.dashboard.round({ roundId }),
  });
}

export function useTopics() {
  return useQuery({
    queryKey: [ROUNDS_KEY, 'topics'],
    queryFn: () => api.meetings.topics(),
    staleTime: 60_000,
  });
}

/** A write of the rounds area; on success every rounds query is refetched. */
export function useRoundsMutation<I, O>(
  fn: (input: I) => Promise<O>,
  onSuccess?: (value: O) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (value) => {
      await client.invalidateQueries({ queryKey: [ROUNDS_KEY] });
      onSuccess?.(value);
    },
  });
}
