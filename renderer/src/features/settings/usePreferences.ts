import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Preferences, PreferencesPatch } from '@shared/domain/preferences/preferences.schema';
import { api } from '../../lib/api';

export const preferencesKey = ['preferences'] as const;

/** The device preferences, cached; `update` writes through main and refreshes the cache. */
export function usePreferences() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: preferencesKey, queryFn: () => api.preferences.get() });
  const mutation = useMutation({
    mutationFn: (patch: PreferencesPatch) => api.preferences.update(patch),
    onSuccess: (value: Preferences) => {
      client.setQueryData(preferencesKey, value);
    },
  });
  return { query, update: mutation };
}
