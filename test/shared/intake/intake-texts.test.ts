import { describe, expect, it } from 'vitest';

import { INTAKE_ERROR_CODES } from '../../../shared/domain/intake';
import { VALIDATION_KEYS } from '../../../shared/domain/participants';
import { intakeDe } from '../../../renderer/src/i18n/locales/intake.de';
import { intakeEn } from '../../../renderer/src/i18n/locales/intake.en';

const lookup = (texts: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined,
      texts,
    );

describe('intake texts', () => {
  it('has a German and an English text for every validation key and error code', () => {
    const keys = [
      ...Object.values(VALIDATION_KEYS),
      ...INTAKE_ERROR_CODES.map((c) => `intake.errors.${c}`),
    ];
    for (const key of keys) {
      expect(typeof lookup(intakeDe, key), key).toBe('string');
      expect(typeof lookup(intakeEn, key), key).toBe('string');
    }
  });

  it('writes German with umlauts and German quotes, not ASCII stand-ins', () => {
    const german = JSON.stringify(intakeDe);
    expect(german).toContain('„');
    expect(german).not.toMatch(/\b(Fuehrung|ueber|moeglich|groesser)/);
  });
});
