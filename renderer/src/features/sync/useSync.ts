import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddPeerInput, SyncStatus } from '@shared/ipc/domains/sync.contract';
import { api } from '../../lib/api';

const KEY = ['sync', 'status'] as const;

/** The sync status (refreshed every few seconds while shown, so states and times stay current) and its actions. */
export function useSync() {
  const client = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: () => api.sync.status(), refetchInterval: 5_000 });
  const settle = {
    onSuccess: (next: SyncStatus) => {
      client.setQueryData(KEY, next);
    },
    // A failed sync is recorded on its row: show it at once.
    onError: () => void client.invalidateQueries({ queryKey: KEY }),
  };
  return {
    status,
    enable: useMutation({ mutationFn: (port: number) => api.sync.enable({ port }), ...settle }),
    disable: useMutation({ mutationFn: () => api.sync.disable(), ...settle }),
    addPeer: useMutation({ mutationFn: (input: AddPeerInput) => api.sync.addPeer(input), ...settle }),
    removePeer: useMutation({ mutationFn: (deviceId: string) => api.sync.removePeer({ deviceId }), ...settle }),
    syncNow: useMutation({ mutationFn: (deviceId?: string) => api.sync.syncNow(deviceId === undefined ? {} : { deviceId }), ...settle }),
  };
}
