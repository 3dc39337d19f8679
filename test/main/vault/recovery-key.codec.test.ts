import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { encodeRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../electron/main/vault/recovery-key.codec';
import { MalformedRecoveryKeyError } from '../../../electron/main/vault/vault.errors';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const entropyArb = fc.uint8Array({ minLength: 16, maxLength: 16 });

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedRecoveryKeyError);
    return (error as MalformedRecoveryKeyError).reason;
  }
}

describe('recovery key codec', () => {
  it('prints 8 groups of 4 Crockford characters', () => {
    const { recoveryKey, entropy } = generateRecoveryKey();
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/u);
    expect(entropy).toHaveLength(16);
    expect(parseRecoveryKey(recoveryKey)).toEqual(entropy);
  });

  it('gives a different key each time', () => {
    expect(generateRecoveryKey().recoveryKey).not.toBe(generateRecoveryKey().recoveryKey);
  });

  it('parses keys typed in lower case, with spaces instead of dashes, O for 0 and I or L for 1', () => {
    const entropy = new Uint8Array(16).fill(0);
    entropy[15] = 0x21;
    const key = encodeRecoveryKey(entropy);
    expect(key).toContain('0');
    const sloppy = `  ${key.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `;
    expect(parseRecoveryKey(sloppy)).toEqual(entropy);
    expect(parseRecoveryKey(key.replaceAll('-', ''))).toEqual(entropy);
    expect(parseRecoveryKey(key.replaceAll('-', '\u2013'))).toEqual(entropy);
    const withOne = encodeRecoveryKey(new Uint8Array(16).fill(0x08));
    expect(withOne).toContain('1');
    expect(parseRecoveryKey(withOne.replaceAll('1', 'I'))).toEqual(new Uint8Array(16).fill(0x08));
    expect(parseRecoveryKey(withOne.replaceAll('1', 'l'))).toEqual(new Uint8Array(16).fill(0x08));
  });

  it('reports a missing group as a length error and a foreign character as a character error', () => {
    const { recoveryKey } = generateRecoveryKey();
    expect(reasonOf(() => parseRecoveryKey(recoveryKey.slice(0, -5)))).toBe('length');
    expect(reasonOf(() => parseRecoveryKey(`${recoveryKey}-A`))).toBe('length');
    expect(reasonOf(() => parseRecoveryKey(''))).toBe('length');
    expect(reasonOf(() => parseRecoveryKey(`U${recoveryKey.slice(1)}`))).toBe('character');
    expect(reasonOf(() => parseRecoveryKey(`${recoveryKey.slice(0, -1)}*`))).toBe('character');
  });

  it('round-trips any 16 bytes (property)', () => {
    fc.assert(
      fc.property(entropyArb, (entropy) => {
        expect(parseRecoveryKey(encodeRecoveryKey(entropy))).toEqual(entropy);
      }),
      { numRuns: 500 },
    );
  });

  it('survives any mix of case, separators and look-alike letters (property)', () => {
    const noise = fc.array(fc.constantFrom(' ', '-', '  ', ' - ', '\t'), { minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(entropyArb, noise, fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }), (entropy, separators, flags) => {
        const compact = encodeRecoveryKey(entropy).replaceAll('-', '');
        const typed = Array.from(compact)
          .map((char, i) => {
            const lookalike = char === '0' ? 'O' : char === '1' ? (flags[i] ? 'I' : 'l') : char;
            const cased = flags[i] ? lookalike.toLowerCase() : lookalike;
            return cased + (separators[i] ?? '');
          })
          .join('');
        expect(parseRecoveryKey(typed)).toEqual(entropy);
      }),
      { numRuns: 300 },
    );
  });

  it('always detects one mistyped character (property)', () => {
    fc.assert(
      fc.property(entropyArb, fc.nat({ max: 31 }), fc.nat({ max: 30 }), (entropy, position, shift) => {
        const compact = encodeRecoveryKey(entropy).replaceAll('-', '');
        const original = compact.charAt(position);
        const replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + 1 + shift) % 32);
        const typo = compact.slice(0, position) + replacement + compact.slice(position + 1);
        expect(reasonOf(() => parseRecoveryKey(typo))).toBe('checksum');
      }),
      { numRuns: 1000 },
    );
  });

  it('always detects two neighbouring characters swapped (property)', () => {
    fc.assert(
      fc.property(entropyArb, fc.nat({ max: 30 }), (entropy, position) => {
        const compact = encodeRecoveryKey(entropy).replaceAll('-', '');
        const a = compact.charAt(position);
        const b = compact.charAt(position + 1);
        fc.pre(a !== b);
        const swapped = compact.slice(0, position) + b + a + compact.slice(position + 2);
        expect(reasonOf(() => parseRecoveryKey(swapped))).toBe('checksum');
      }),
      { numRuns: 1000 },
    );
  });

  it('detects every single-character error and every equal change of two neighbours, exhaustively', () => {
    // The checksum is linear, so whether an error pattern goes unnoticed does not depend on the key.
    const compact = encodeRecoveryKey(new Uint8Array(16).fill(7)).replaceAll('-', '');
    let undetected = 0;
    for (let position = 0; position < 32; position++) {
      for (let delta = 1; delta < 32; delta++) {
        for (const width of [1, 2]) {
          const chars = Array.from(compact);
          for (let k = position; k < Math.min(32, position + width); k++) {
            chars[k] = ALPHABET.charAt(ALPHABET.indexOf(chars[k] ?? '') ^ delta);
          }
          if (reasonOf(() => parseRecoveryKey(chars.join(''))) !== 'checksum') {
            undetected += 1;
          }
        }
      }
    }
    expect(undetected).toBe(0);
  });

  it('refuses to encode anything but 16 bytes', () => {
    expect(() => encodeRecoveryKey(new Uint8Array(15))).toThrow(RangeError);
  });
});
