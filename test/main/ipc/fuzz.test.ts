import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { createCore } from '../../../electron/main/core';
import type { Core } from '../../../electron/main/core';
import { createMemoryLogger } from '../../../electron/main/lib/logger';

const APP = 'app://tandem/index.html';
let core: Core;
let directory: string;
const opened: string[] = [];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'tandem-fuzz-'));
  core = await createCore({
    dataDirectory: directory,
    host: 'electron',
    version: 'fuzz',
    trustedOrigin: { protocol: 'app:', host: 'tandem' },
    logger: createMemoryLogger(),
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
  });
});

afterAll(async () => {
  await core.close();
  await rm(directory, { recursive: true, force: true });
});

/** Hostile values: wrong types, huge strings, prototype keys, deep nesting, odd numbers. */
const hostile: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
    fc.string({ maxLength: 10 }).map((s) => s.repeat(20_000)),
    fc.constantFrom(NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, '', '\u0000', '<script>', '=cmd|calc'),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'language', 'url', 'autoLockMinutes'), tie('value'), { maxKeys: 4 }),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "language": "de"}') as unknown),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value;

describe('IPC fuzzing', () => {
  it.each(CHANNELS)('%s answers every hostile payload with an envelope and never pollutes prototypes', async (channel) => {
    await fc.assert(
      fc.asyncProperty(hostile, async (payload) => {
        const result = await core.dispatch(channel, payload, APP);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(['validation', 'external_url_not_allowed']).toContain(result.error.code);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts valid payloads (control: the fuzz target is reachable)', async () => {
    await expect(core.dispatch('preferences:update', { language: 'en', autoLockMinutes: 5 }, APP)).resolves.toMatchObject({
      ok: true,
      value: { language: 'en', autoLockMinutes: 5 },
    });
  });

  it('never lets a hostile URL through to the system opener', () => {
    for (const url of opened) {
      expect(url).toMatch(/^(mailto:|https:\/\/(gdpr-info\.eu|www\.bfdi\.bund\.de)\/)/);
    }
  });
});
