import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@shared/ipc/result';
import { messages } from '../../renderer/src/i18n/i18n';

const { de, en } = messages;
import { formatDate, formatNumber, formatPercent } from '../../renderer/src/lib/format';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [`${prefix}${key}`] : keys(child as object, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('German and English have the same keys (all feature areas merged) and no empty text', () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
    for (const locale of [de, en]) {
      for (const key of keys(locale)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale);
        expect(String(text).trim(), key).not.toBe('');
      }
    }
  });

  it('has a translated message for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(en.errors).toHaveProperty(code);
      expect(de.errors).toHaveProperty(code);
    }
  });

  it('formats dates and numbers per language', () => {
    const date = new Date(2026, 1, 3);
    expect(formatDate(date, 'de')).toBe('03.02.2026');
    expect(formatDate(date, 'en')).toBe('3 Feb 2026');
    expect(formatNumber(1234.5, 'de', 1)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatPercent(0.835, 'de')).toBe('84\u00a0%');
    expect(formatPercent(0.835, 'en')).toBe('84%');
  });
});
