import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_PREFERENCES,
  PreferencesSchema,
} from '@shared/domain/preferences/preferences.schema';
import type { Preferences, PreferencesPatch } from '@shared/domain/preferences/preferences.schema';
import { writeFileAtomic } from '../../lib/atomic-file';

export type PreferencesService = {
  get(): Promise<Preferences>;
  update(patch: PreferencesPatch): Promise<Preferences>;
};

/**
 * Device preferences in `preferences.json`. A missing, unreadable or invalid file falls back
 * to the defaults (field by field) instead of stopping the app from starting.
 */
export function createPreferencesService(dataDirectory: string): PreferencesService {
  const file = join(dataDirectory, 'preferences.json');
  let cache: Preferences | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Preferences> {
    if (cache) {
      return cache;
    }
    let stored: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        stored = parsed as Record<string, unknown>;
      }
    } catch {
      // First start or a damaged file: defaults are the right answer.
    }
    const merged: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
    for (const key of Object.keys(DEFAULT_PREFERENCES)) {
      const candidate = { ...merged, [key]: stored[key] };
      if (PreferencesSchema.safeParse(candidate).success) {
        merged[key] = stored[key];
      }
    }
    cache = PreferencesSchema.parse(merged);
    return cache;
  }

  return {
    get: load,
    update(patch) {
      // Serialise writers so two quick changes cannot interleave their read-modify-write.
      const next = queue.then(async () => {
        const current = await load();
        // An explicit `undefined` in the patch means "no change", not "erase the setting".
        const entries: [string, unknown][] = Object.entries(patch);
        const changes = Object.fromEntries(entries.filter(([, value]) => value !== undefined));
        const updated = PreferencesSchema.parse({ ...current, ...changes });
        await writeFileAtomic(file, `${JSON.stringify(updated, null, 2)}\n`);
        cache = updated;
        return updated;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
