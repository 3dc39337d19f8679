import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { PRINT_CHANNELS } from '@shared/ipc/domains/print.channels';

const root = join(__dirname, '../..');

/** Every `api.<namespace>.<method>` call in the given renderer folders, as channel names. */
function apiCallsIn(folders: string[]): string[] {
  const calls = new Set<string>();
  for (const folder of folders) {
    for (const file of readdirSync(join(root, folder))) {
      if (!/\.tsx?$/.test(file)) {
        continue;
      }
      const source = readFileSync(join(root, folder, file), 'utf8');
      for (const match of source.matchAll(/\bapi\.([a-zA-Z]+)\.([a-zA-Z]+)\(/g)) {
        calls.add(`${match[1] ?? ''}:${match[2] ?? ''}`);
      }
    }
  }
  return [...calls].sort();
}

describe('report window channels', () => {
  it('are a small subset of the app channels', () => {
    for (const channel of PRINT_CHANNELS) {
      expect(CHANNELS).toContain(channel);
    }
    expect(PRINT_CHANNELS.length).toBeLessThan(10);
    expect(PRINT_CHANNELS.some((c) => c.startsWith('vault:') || c.startsWith('backup:') || c.startsWith('sync:'))).toBe(false);
  });

  it('cover every call the print pages make (and the preferences the app shell loads)', () => {
    const calls = apiCallsIn([
      'renderer/src/features/reports/print',
      'renderer/src/features/reports/documents',
      'renderer/src/features/settings',
    ]).filter((c) => c === 'preferences:get' || !c.startsWith('preferences:'));
    const printCalls = apiCallsIn(['renderer/src/features/reports/print', 'renderer/src/features/reports/documents']);
    expect(printCalls.length).toBeGreaterThan(0);
    for (const call of [...printCalls, 'preferences:get']) {
      expect(PRINT_CHANNELS as readonly string[]).toContain(call);
    }
    expect(calls).toContain('preferences:get');
  });
});
