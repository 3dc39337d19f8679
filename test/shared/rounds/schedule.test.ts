import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RoundsError, dayNumber, isoDateOf, isoWeekday, planMeetings, replanAfterEdit } from '../../../shared/domain/rounds';
import type { PlanMeetingsInput, RoundsErrorCode } from '../../../shared/domain/rounds';

const berlin = { cadenceWeeks: 4, timeZone: 'Europe/Berlin' } as const;
const plan = (input: Partial<PlanMeetingsInput> & Pick<PlanMeetingsInput, 'periodStart' | 'periodEnd' | 'count'>) => planMeetings({ ...berlin, ...input });
const weekday = (date: string): number => isoWeekday(dayNumber(date));

const errorOf = (fn: () => unknown): { code: RoundsErrorCode; detail: unknown } | null => {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof RoundsError) {
      return { code: e.code, detail: e.detail };
    }
    throw e;
  }
};

describe('planMeetings', () => {
  it('plans six meetings four weeks apart, the first opening the round', () => {
    const slots = plan({ periodStart: '2028-01-10', periodEnd: '2028-06-30', count: 6 });
    expect(slots.map((s) => s.date)).toEqual(['2028-01-10', '2028-02-07', '2028-03-06', '2028-04-03', '2028-05-01', '2028-05-29']);
    expect(slots.map((s) => s.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('spreads evenly over the whole period when the cadence does not fit', () => {
    const slots = plan({ periodStart: '2028-01-03', periodEnd: '2028-03-26', count: 6 }); // 12 weeks, 6 × 4 weeks would not fit
    expect(slots.map((s) => s.date)).toEqual(['2028-01-03', '2028-01-17', '2028-01-31', '2028-02-14', '2028-02-28', '2028-03-13']);
  });

  it('stays inside the period and moves weekend starts and ends to the nearest weekday inside', () => {
    // Starts on a Saturday (Friday would be outside), ends on a Sunday.
    const slots = plan({ periodStart: '2028-01-01', periodEnd: '2028-01-16', count: 2, cadenceWeeks: 1 });
    // Saturday 1 Jan → Monday 3 Jan (Friday is before the start); Saturday 8 Jan → Friday 7 Jan.
    expect(slots.map((s) => s.date)).toEqual(['2028-01-03', '2028-01-07']);
    // A re-plan aims its last meeting at the last day, here Sunday 16 Jan → Friday 14 Jan (Monday is outside).
    const replanned = replanAfterEdit({ ...berlin, slots, editedIndex: 0, newDate: '2028-01-10', periodStart: '2028-01-01', periodEnd: '2028-01-16' });
    expect(replanned.map((s) => s.date)).toEqual(['2028-01-10', '2028-01-14']);
  });

  it('moves a Saturday to Friday and a Sunday to Monday', () => {
    // Targets fall on 2028-01-08 (Sat) and 2028-01-16 (Sun) with a preferred weekday left out.
    const slots = plan({ periodStart: '2028-01-01', periodEnd: '2028-01-31', count: 4, cadenceWeeks: 1 });
    for (const s of slots) {
      expect(weekday(s.date)).toBeLessThanOrEqual(5);
    }
    expect(slots.map((s) => s.date)).toEqual(['2028-01-03', '2028-01-07', '2028-01-14', '2028-01-21']);
  });

  it('handles leap years: 29 February 2028 is a Tuesday and can be planned', () => {
    const slots = plan({ periodStart: '2028-02-29', periodEnd: '2028-03-31', count: 1 });
    expect(slots).toEqual([{ sequence: 1, date: '2028-02-29', plannedAt: '2028-02-29T10:00:00+01:00' }]);
    const across = plan({ periodStart: '2028-02-01', periodEnd: '2028-04-30', count: 3, cadenceWeeks: 4 });
    expect(across.map((s) => s.date)).toEqual(['2028-02-01', '2028-02-29', '2028-03-28']);
  });

  it('keeps 10:00 local time in Europe/Berlin across the March and October DST changes', () => {
    const spring = plan({ periodStart: '2028-03-20', periodEnd: '2028-04-07', count: 2, cadenceWeeks: 1 });
    expect(spring.map((s) => s.plannedAt)).toEqual(['2028-03-20T10:00:00+01:00', '2028-03-27T10:00:00+02:00']);
    const autumn = plan({ periodStart: '2028-10-23', periodEnd: '2028-11-10', count: 2, cadenceWeeks: 1, preferredTime: '16:30' });
    expect(autumn.map((s) => s.plannedAt)).toEqual(['2028-10-23T16:30:00+02:00', '2028-10-30T16:30:00+01:00']);
    // Instants differ by a week minus / plus one hour.
    const [a, b] = spring.map((s) => Date.parse(s.plannedAt));
    expect((b ?? 0) - (a ?? 0)).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('uses the given zone, e.g. New York changes DST on other dates', () => {
    const slots = planMeetings({ periodStart: '2028-03-06', periodEnd: '2028-03-17', count: 2, cadenceWeeks: 1, timeZone: 'America/New_York' });
    expect(slots.map((s) => s.plannedAt)).toEqual(['2028-03-06T10:00:00-05:00', '2028-03-13T10:00:00-04:00']);
  });

  it('moves meetings to a preferred weekday without leaving the period', () => {
    const slots = plan({ periodStart: '2028-01-10', periodEnd: '2028-06-30', count: 6, preferredWeekday: 3 });
    expect(slots.map((s) => weekday(s.date))).toEqual([3, 3, 3, 3, 3, 3]);
    expect(slots[0]?.date).toBe('2028-01-12');
  });

  it('plans a single meeting at the start', () => {
    expect(plan({ periodStart: '2028-05-02', periodEnd: '2028-10-31', count: 1 }).map((s) => s.date)).toEqual(['2028-05-02']);
  });

  it('puts several meetings in a week when there are more meetings than weeks', () => {
    const slots = plan({ periodStart: '2028-01-03', periodEnd: '2028-01-14', count: 8 }); // 2 weeks, 10 weekdays
    expect(slots).toHaveLength(8);
    expect(new Set(slots.map((s) => s.date)).size).toBe(8);
    expect(errorOf(() => plan({ periodStart: '2028-01-03', periodEnd: '2028-01-14', count: 11 }))).toEqual({
      code: 'schedule.tooManyMeetings',
      detail: { count: 11, available: 10 },
    });
  });

  it('refuses invalid input with typed errors', () => {
    expect(errorOf(() => plan({ periodStart: '2028-06-30', periodEnd: '2028-01-10', count: 6 }))?.code).toBe('schedule.invalidPeriod');
    expect(errorOf(() => plan({ periodStart: '2027-02-29', periodEnd: '2027-06-30', count: 6 }))?.code).toBe('schedule.invalidPeriod');
    expect(errorOf(() => plan({ periodStart: '2028-01-10', periodEnd: '2035-01-10', count: 6 }))?.code).toBe('schedule.invalidPeriod');
    expect(errorOf(() => plan({ periodStart: '2028-01-10', periodEnd: '2028-06-30', count: 0 }))?.code).toBe('schedule.invalidCount');
    expect(errorOf(() => plan({ periodStart: '2028-01-10', periodEnd: '2028-06-30', count: 2.5 }))?.code).toBe('schedule.invalidCount');
    expect(errorOf(() => plan({ periodStart: '2028-01-10', periodEnd: '2028-06-30', count: 6, cadenceWeeks: 0 }))?.code).toBe('schedule.invalidCadence');
    expect(errorOf(() => plan({ periodStart: '2028-01-10', periodEnd: '2028-06-30', count: 6, timeZone: 'Mars/Olympus' }))?.code).toBe('schedule.invalidTimeZone');
    expect(errorOf(() => plan({ periodStart: '2028-01-10', periodEnd: '2028-06-30', count: 6, preferredTime: '25:00' }))?.code).toBe('schedule.invalidTime');
    expect(errorOf(() => plan({ periodStart: '2028-01-08', periodEnd: '2028-01-09', count: 1 }))?.code).toBe('schedule.tooManyMeetings');
  });

  it('property: inside the period, on weekdays, strictly increasing, as many as asked when they fit', () => {
    const input = fc.record({
      start: fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2032-12-31') }),
      length: fc.integer({ min: 0, max: 400 }),
      count: fc.integer({ min: 1, max: 30 }),
      cadenceWeeks: fc.integer({ min: 1, max: 8 }),
      preferredWeekday: fc.option(fc.constantFrom(1, 2, 3, 4, 5 as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(input, ({ start, length, count, cadenceWeeks, preferredWeekday }) => {
        const periodStart = isoDateOf(start);
        const periodEnd = isoDateOf(start + length);
        let weekdays = 0;
        for (let d = start; d <= start + length; d += 1) {
          weekdays += isoWeekday(d) <= 5 ? 1 : 0;
        }
        const call = () => planMeetings({ periodStart, periodEnd, count, cadenceWeeks, timeZone: 'Europe/Berlin', preferredWeekday: preferredWeekday });
        if (count > weekdays) {
          expect(errorOf(call)?.code).toBe('schedule.tooManyMeetings');
          return;
        }
        const slots = call();
        expect(slots).toHaveLength(count);
        let previous = -Infinity;
        for (const s of slots) {
          const d = dayNumber(s.date);
          expect(d).toBeGreaterThanOrEqual(start);
          expect(d).toBeLessThanOrEqual(start + length);
          expect(isoWeekday(d)).toBeLessThanOrEqual(5);
          expect(d).toBeGreaterThan(previous);
          expect(s.plannedAt.slice(0, 16)).toBe(`${s.date}T10:00`);
          previous = d;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('replanAfterEdit', () => {
  const period = { periodStart: '2028-01-10', periodEnd: '2028-06-30', ...berlin };
  const slots = plan({ periodStart: period.periodStart, periodEnd: period.periodEnd, count: 6 });

  it('keeps earlier meetings and spreads the later ones from the moved date to the end', () => {
    const next = replanAfterEdit({ ...period, slots, editedIndex: 2, newDate: '2028-04-20', newTime: '14:00' });
    expect(next.slice(0, 2)).toEqual(slots.slice(0, 2));
    expect(next.map((s) => s.date)).toEqual(['2028-01-10', '2028-02-07', '2028-04-20', '2028-05-15', '2028-06-06', '2028-06-30']);
    expect(next.slice(2).every((s) => s.plannedAt.slice(11, 16) === '14:00')).toBe(true);
    expect(next.map((s) => s.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the cadence when there is room', () => {
    const next = replanAfterEdit({ ...period, slots, editedIndex: 1, newDate: '2028-02-09' });
    expect(next.map((s) => s.date)).toEqual(['2028-01-10', '2028-02-09', '2028-03-08', '2028-04-05', '2028-05-03', '2028-05-31']);
  });

  it('refuses a date outside the period or before the previous meeting', () => {
    expect(errorOf(() => replanAfterEdit({ ...period, slots, editedIndex: 2, newDate: '2028-07-01' }))?.code).toBe('schedule.dateOutsidePeriod');
    expect(errorOf(() => replanAfterEdit({ ...period, slots, editedIndex: 2, newDate: '2028-02-07' }))?.code).toBe('schedule.dateOutOfOrder');
    expect(errorOf(() => replanAfterEdit({ ...period, slots, editedIndex: 2, newDate: '2028-06-29' }))?.code).toBe('schedule.tooManyMeetings');
  });
});
