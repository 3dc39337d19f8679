import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';

const APP = 'app://tandem/index.html';
let core: TestCore;

beforeAll(async () => {
  core = await makeTestCore();
  // Unlocked, so payloads that pass validation reach the real handlers and services.
  await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
});

afterAll(async () => {
  await core.dispose();
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
    if ((await core.handlers['vault:status'](undefined)).state === 'locked') {
      await core.handlers['vault:unlock']({ passphrase: 'correct horse battery staple' });
    }
    await fc.assert(
      fc.asyncProperty(hostile, async (payload) => {
        const result = await core.dispatch(channel, payload, APP);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          // Refusals are expected (validation, locked, not_found, domain codes); a crash ('internal') never is.
          expect(result.error.code).toMatch(/^[a-z_]+(\.[a-zA-Z_]+)*$/);
          expect(result.error.code).not.toBe('internal');
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
    for (const url of core.opened) {
      expect(url).toMatch(/^(mailto:|https:\/\/(gdpr-info\.eu|www\.bfdi\.bund\.de)\/)/);
    }
  });
});
