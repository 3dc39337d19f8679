import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PairingOverview } from '@shared/ipc/domains/pairing.contract';
import { api } from '../../lib/api';

export const pairingKey = (roundId: string) => ['pairing', 'overview', roundId] as const;

/**
 * The pairing state of one round and every change to it. Each change answers the new state,
 * which replaces the cached one, so the table never shows stale rows.
 */
export function usePairing(roundId: string) {
  const client = useQueryClient();
  const overview = useQuery({
    queryKey: pairingKey(roundId),
    queryFn: () => api.pairing.overview({ roundId }),
  });
  const apply = (next: PairingOverview): void => {
    client.setQueryData(pairingKey(roundId), next);
    void client.invalidateQueries({ queryKey: ['rounds'] });
  };
  const propose = useMutation({
    mutationFn: () => api.pairing.propose({ roundId }),
    onSuccess: apply,
  });
  const setLocked = useMutation({
    mutationFn: (input: { tandemId: string; locked: boolean }) => api.pairing.setLocked(input),
    onSuccess: apply,
  });
  const remove = useMutation({
    mutationFn: (tandemId: string) => api.pairing.removeTandem({ tandemId }),
    onSuccess: apply,
  });
  const confirm = useMutation({
    mutationFn: () => api.pairing.confirm({ roundId }),
    onSuccess: apply,
  });
  const swap = useMutation({
    mutationFn: (input: { tandemIdA: string; tandemIdB: string; justification?: string }) =>
      api.pairing.swapMentors(input),
    onSuccess: apply,
  });
  const manual = useMutation({
    mutationFn: (input: { mentorId: string; menteeId: string; justification?: string }) =>
      api.pairing.manualPair({ roundId, ...input }),
    onSuccess: apply,
  });
  const exclude = useMutation({
    mutationFn: (input: { mentorId: string; menteeId: string; reason: string }) =>
      api.exclusions.create(input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['pairing'] });
    },
  });
  return { overview, propose, setLocked, remove, confirm, swap, manual, exclude };
}
