import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  deviceIdFromFingerprint,
  parseDeviceId,
  toDeviceId,
} from '../../../electron/main/services/sync/device-id.codec';
import {
  createDeviceIdentity,
  loadOrCreateDeviceIdentity,
  restoreDeviceIdentity,
  type StoredIdentity,
} from '../../../electron/main/services/sync/device-identity';
import { InvalidDeviceIdError } from '../../../electron/main/services/sync/sync.errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const fingerprint = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('device IDs', () => {
  it('prints eight dash-separated blocks of seven base32 characters', () => {
    const id = deviceIdFromFingerprint(new Uint8Array(32).fill(7));
    expect(id).toMatch(/^([A-Z2-7]{7}-){7}[A-Z2-7]{7}$/);
  });

  it('parses its own output back, whatever the case, spaces and dashes', () => {
    fc.assert(
      fc.property(fingerprint, (bytes) => {
        const id = deviceIdFromFingerprint(bytes);
        expect(toDeviceId(id)).toBe(id);
        expect(toDeviceId(` ${id.toLowerCase().replace(/-/g, ' ')} `)).toBe(id);
        expect(toDeviceId(id.replace(/-/g, ''))).toBe(id);
      }),
    );
  });

  it('catches every single-character typo with a typed error', () => {
    fc.assert(
      fc.property(fingerprint, fc.nat(55), fc.nat(31), (bytes, position, shift) => {
        const raw = deviceIdFromFingerprint(bytes).replace(/-/g, '');
        const original = raw.charAt(position);
        const replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + 1 + (shift % 31)) % 32);
        const typo = raw.slice(0, position) + replacement + raw.slice(position + 1);
        const parsed = parseDeviceId(typo);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) {
          expect(parsed.error).toBeInstanceOf(InvalidDeviceIdError);
          expect(parsed.error.code).toBe('sync.device_id_invalid');
          expect(parsed.error.group).toBe(Math.floor(position / 14));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names the problem: length, foreign character, check character', () => {
    const id = deviceIdFromFingerprint(new Uint8Array(32).fill(1));
    expect(parseDeviceId(id.slice(0, 20))).toMatchObject({
      ok: false,
      error: { problem: 'length' },
    });
    expect(parseDeviceId(`9${id.slice(1)}`)).toMatchObject({
      ok: false,
      error: { problem: 'character', group: 0 },
    });
    const swapped = id.charAt(0) === 'A' ? `B${id.slice(1)}` : `A${id.slice(1)}`;
    expect(parseDeviceId(swapped)).toMatchObject({
      ok: false,
      error: { problem: 'check', group: 0 },
    });
  });
});

describe('device identity', () => {
  it('creates a P-256 identity once and reloads the same device ID', async () => {
    let saved: StoredIdentity | null = null;
    const store = {
      load: () => Promise.resolve(saved),
      save: (identity: StoredIdentity) => {
        saved = identity;
        return Promise.resolve();
      },
    };
    const first = await loadOrCreateDeviceIdentity(store);
    const second = await loadOrCreateDeviceIdentity(store);
    expect(second.deviceId).toBe(first.deviceId);
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
    expect(first.certificatePem).toContain('BEGIN CERTIFICATE');
  });

  it('refuses a stored identity whose key does not match its certificate', async () => {
    const one = await createDeviceIdentity();
    const two = await createDeviceIdentity();
    expect(() => restoreDeviceIdentity({ ...one, privateKeyPem: two.privateKeyPem })).toThrow(
      expect.objectContaining({ code: 'sync.identity_invalid' }),
    );
    expect(() => restoreDeviceIdentity({ ...one, certificatePem: 'junk' })).toThrow(
      expect.objectContaining({ code: 'sync.identity_invalid' }),
    );
  });
});
