import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '@shared/domain/vault/vault.schema';
import { api, onEvent } from '../../lib/api';

export const vaultStatusKey = ['vault', 'status'] as const;

/** The vault state, refreshed when main reports a lock; `notice` says why it locked. */
export function useVaultStatus() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: vaultStatusKey, queryFn: () => api.vault.status() });
  const [lockReason, setLockReason] = useState<'idle' | 'user' | null>(null);

  useEffect(
    () =>
      onEvent('vault:locked', ({ reason }) => {
        setLockReason(reason);
        // Drop every cached record: a locked app shows nothing it read before.
        client.removeQueries({
          predicate: (q) => q.queryKey[0] !== 'vault' && q.queryKey[0] !== 'preferences',
        });
        void client.invalidateQueries({ queryKey: vaultStatusKey });
      }),
    [client],
  );

  const setStatus = useCallback(
    (status: VaultStatus) => {
      setLockReason(null);
      client.setQueryData(vaultStatusKey, status);
    },
    [client],
  );

  return { query, lockReason, setStatus };
}

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const REPORT_EVERY_MS = 30_000;

/** Tells main the user is active (at most every 30 s), so auto-lock counts idle time only. */
export function useActivityReporter(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    let last = 0;
    const report = (): void => {
      const now = Date.now();
      if (now - last >= REPORT_EVERY_MS) {
        last = now;
        void api.vault.activity().catch(() => undefined);
      }
    };
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, report, { passive: true, capture: true });
    }
    return () => {
      for (const name of ACTIVITY_EVENTS) {
        window.removeEventListener(name, report, { capture: true });
      }
    };
  }, [enabled]);
}
