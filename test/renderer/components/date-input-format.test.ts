import { describe, expect, it } from 'vitest';
import {
  dateDisplayFormat,
  parseTypedDate,
} from '../../../renderer/src/components/date-input-format';

describe('parseTypedDate', () => {
  it('reads German typing as an ISO day', () => {
    expect(parseTypedDate('28.11.2026', 'de')).toBe('2026-11-28');
    expect(parseTypedDate('1.2.2027', 'de')).toBe('2027-02-01');
    expect(parseTypedDate('28. Nov. 2026', 'de')).toBe('2026-11-28');
    expect(parseTypedDate('28 Nov 2026', 'de')).toBe('2026-11-28');
  });

  it('reads English typing, day before month', () => {
    expect(parseTypedDate('28 Nov 2026', 'en')).toBe('2026-11-28');
    expect(parseTypedDate('3/4/2026', 'en')).toBe('2026-04-03');
    expect(parseTypedDate('2026-11-28', 'en')).toBe('2026-11-28');
  });

  it('waits while the date is incomplete and refuses impossible days', () => {
    expect(parseTypedDate('28.11.2', 'de')).toBe(null);
    expect(parseTypedDate('28.11.', 'de')).toBe(null);
    expect(parseTypedDate('31.02.2026', 'de')).toBe(null);
    expect(parseTypedDate('', 'de')).toBe(null);
  });

  it('formats per language', () => {
    expect(dateDisplayFormat('de')).toBe('DD.MM.YYYY');
    expect(dateDisplayFormat('en')).toBe('D MMM YYYY');
  });
});
