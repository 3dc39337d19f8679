import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';

import { isoDateOf, isoWeekday, isWeekendDay, parseDayNumber } from './calendar-day';
import type { IsoDate } from './calendar-day';
import { RoundsError } from './rounds.errors';

/**
 * Meeting schedule generation. Days are placed with zone-free calendar
 * arithmetic (`calendar-day.ts`); only the last step turns "day + local time"
 * into an instant in the round's zone, so a 10:00 meeting stays 10:00 local
 * time on both sides of a DST change.
 */

/** ISO weekday Monday (1) … Friday (5). */
export type Weekday = 1 | 2 | 3 | 4 | 5;

export const DEFAULT_MEETING_TIME = '10:00';
/** Longest period accepted; guards against a typo like 2206 for 2026. */
export const MAX_PERIOD_DAYS = 3 * 366;
export const MAX_MEETINGS = 99;

export type PlanMeetingsInput = {
  /** First day of the period (inclusive), `YYYY-MM-DD`. */
  periodStart: string;
  /** Last day of the period (inclusive), `YYYY-MM-DD`. */
  periodEnd: string;
  /** How many meetings to plan, 1…99. */
  count: number;
  /** Intended gap between meetings in weeks; compressed when the period is too short. */
  cadenceWeeks: number;
  /** IANA zone the meeting times are meant in, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Move each meeting to the nearest such weekday (±3 days) when that stays inside the period. */
  preferredWeekday?: Weekday;
  /** Local start time `HH:mm`; default 10:00. */
  preferredTime?: string;
};

/** One planned meeting. */
export type PlannedSlot = {
  /** 1-based position in the plan. */
  sequence: number;
  /** Local calendar date. */
  date: IsoDate;
  /** Local start with the zone's offset on that day, e.g. `2028-03-27T10:00:00+02:00`. */
  plannedAt: string;
};

type Placement = { lo: number; hi: number; targets: readonly number[]; preferredWeekday: Weekday | undefined };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const parseTime = (time: string): [number, number] => {
  const m = TIME.exec(time);
  if (m === null) {
    throw new RoundsError('schedule.invalidTime', { time });
  }
  return [Number(m[1]), Number(m[2])];
};

const assertTimeZone = (timeZone: string): void => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new RoundsError('schedule.invalidTimeZone', { timeZone });
  }
};

const assertCadence = (cadenceWeeks: number): void => {
  if (!Number.isInteger(cadenceWeeks) || cadenceWeeks < 1 || cadenceWeeks > 52) {
    throw new RoundsError('schedule.invalidCadence', { cadenceWeeks });
  }
};

const assertWeekday = (weekday: number | undefined): void => {
  if (weekday !== undefined && !(Number.isInteger(weekday) && weekday >= 1 && weekday <= 5)) {
    throw new RoundsError('schedule.invalidWeekday', { weekday });
  }
};

const parsePeriod = (periodStart: string, periodEnd: string): [number, number] => {
  const lo = parseDayNumber(periodStart);
  const hi = parseDayNumber(periodEnd);
  if (lo === null || hi === null || hi < lo || hi - lo > MAX_PERIOD_DAYS) {
    throw new RoundsError('schedule.invalidPeriod', { periodStart, periodEnd });
  }
  return [lo, hi];
};

/** Instant of a local day and time in a zone, formatted with that day's offset. */
const toPlannedAt = (day: number, [hour, minute]: [number, number], timeZone: string): string => {
  const [y, m, d] = isoDateOf(day).split('-').map(Number);
  return formatISO(new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour, minute, timeZone));
};

/** Nearest weekday to `day` inside [lo, hi]: Saturday prefers Friday, Sunday prefers Monday. */
const snapToWeekday = (day: number, lo: number, hi: number): number => {
  const d = Math.min(hi, Math.max(lo, day));
  if (!isWeekendDay(d)) {
    return d;
  }
  const saturday = isoWeekday(d) === 6;
  const near = saturday ? d - 1 : d + 1;
  const far = saturday ? d + 2 : d - 2;
  return near >= lo && near <= hi ? near : far;
};

/**
 * Places one meeting per target on distinct weekdays of [lo, hi], keeping the
 * order. Targets that collide (more meetings than weeks) are pushed to the
 * following weekdays, and pulled back from the end if that overshoots.
 */
const place = ({ lo, hi, targets, preferredWeekday }: Placement): number[] => {
  const weekdays: number[] = [];
  for (let d = lo; d <= hi; d += 1) {
    if (!isWeekendDay(d)) {
      weekdays.push(d);
    }
  }
  if (targets.length > weekdays.length) {
    throw new RoundsError('schedule.tooManyMeetings', { count: targets.length, available: weekdays.length });
  }
  const n = weekdays.length;
  // Index of the first weekday on or after a day (for snapped days this is the day itself).
  const indexOf = (day: number): number => {
    const i = weekdays.findIndex((w) => w >= day);
    return i < 0 ? n - 1 : i;
  };
  const idx = targets.map((t) => {
    let day = Math.round(t);
    if (preferredWeekday !== undefined) {
      const shift = ((preferredWeekday - isoWeekday(day) + 10) % 7) - 3;
      if (day + shift >= lo && day + shift <= hi) {
        day += shift;
      }
    }
    return indexOf(snapToWeekday(day, lo, hi));
  });
  const k = idx.length;
  for (let i = 1; i < k; i += 1) {
    idx[i] = Math.max(idx[i] ?? 0, (idx[i - 1] ?? 0) + 1);
  }
  for (let i = k - 1; i >= 0; i -= 1) {
    idx[i] = Math.min(idx[i] ?? 0, n - k + i, i + 1 < k ? (idx[i + 1] ?? n) - 1 : n - 1);
  }
  return idx.map((i) => weekdays[i] ?? lo);
};

const evenTargets = (from: number, step: number, count: number, skipFirst: boolean): number[] =>
  Array.from({ length: count }, (_, i) => from + (skipFirst ? i + 1 : i) * step);

/**
 * Plans `count` meetings across a period: the first opens the period, the
 * rest follow every `cadenceWeeks` weeks, or closer together when that would
 * run past the end (then spread evenly over the whole period). Every date is
 * a weekday inside the period (a weekend moves to the nearest weekday that
 * is inside), dates strictly increase, and each starts at `preferredTime`
 * local time in `timeZone` whatever the DST offset of that day.
 *
 * @throws RoundsError `schedule.invalidPeriod` (unreadable dates, end before start, longer
 *   than 3 years), `schedule.invalidCount`, `schedule.invalidCadence`, `schedule.invalidTimeZone`,
 *   `schedule.invalidTime`, `schedule.invalidWeekday`, `schedule.tooManyMeetings` (`{ count, available }`:
 *   fewer weekdays in the period than meetings).
 */
export const planMeetings = (input: PlanMeetingsInput): PlannedSlot[] => {
  const [lo, hi] = parsePeriod(input.periodStart, input.periodEnd);
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_MEETINGS) {
    throw new RoundsError('schedule.invalidCount', { count: input.count });
  }
  assertCadence(input.cadenceWeeks);
  assertTimeZone(input.timeZone);
  assertWeekday(input.preferredWeekday);
  const time = parseTime(input.preferredTime ?? DEFAULT_MEETING_TIME);
  const step = Math.min(input.cadenceWeeks * 7, (hi - lo + 1) / input.count);
  const days = place({ lo, hi, targets: evenTargets(lo, step, input.count, false), preferredWeekday: input.preferredWeekday });
  return days.map((day, i) => ({ sequence: i + 1, date: isoDateOf(day), plannedAt: toPlannedAt(day, time, input.timeZone) }));
};

export type ReplanInput = {
  /** The current plan, in order. */
  slots: readonly PlannedSlot[];
  /** Position in `slots` (0-based) of the meeting HR moved. */
  editedIndex: number;
  /** Its new local date. */
  newDate: string;
  /** Its new local time `HH:mm`; default: the time it had. Later meetings take this time too. */
  newTime?: string;
  periodStart: string;
  periodEnd: string;
  cadenceWeeks: number;
  timeZone: string;
  preferredWeekday?: Weekday;
};

const localTimeOf = (plannedAt: string): string => plannedAt.slice(11, 16);

/**
 * The plan after HR moved one meeting: earlier meetings stay, the moved one
 * takes its new date (any weekday or weekend day HR chose, inside the period),
 * and the later ones are spread again from it to the end of the period by the
 * rules of {@link planMeetings}. Sequence numbers are kept.
 *
 * @throws RoundsError `schedule.dateOutsidePeriod`, `schedule.dateOutOfOrder` (not after the
 *   previous meeting), `schedule.tooManyMeetings` (the rest no longer fit), and the input errors
 *   of {@link planMeetings}.
 */
export const replanAfterEdit = (input: ReplanInput): PlannedSlot[] => {
  const [lo, hi] = parsePeriod(input.periodStart, input.periodEnd);
  assertCadence(input.cadenceWeeks);
  assertTimeZone(input.timeZone);
  assertWeekday(input.preferredWeekday);
  const edited = input.slots[input.editedIndex];
  const day = parseDayNumber(input.newDate);
  if (edited === undefined || day === null || day < lo || day > hi) {
    throw new RoundsError('schedule.dateOutsidePeriod', { date: input.newDate });
  }
  const previous = input.slots[input.editedIndex - 1];
  if (previous !== undefined && day <= (parseDayNumber(previous.date) ?? lo)) {
    throw new RoundsError('schedule.dateOutOfOrder', { date: input.newDate, previous: previous.date });
  }
  const timeText = input.newTime ?? localTimeOf(edited.plannedAt);
  const time = parseTime(timeText);
  const rest = input.slots.slice(input.editedIndex + 1);
  const head = [...input.slots.slice(0, input.editedIndex), { ...edited, date: isoDateOf(day), plannedAt: toPlannedAt(day, time, input.timeZone) }];
  if (rest.length === 0) {
    return head;
  }
  if (day + 1 > hi) {
    throw new RoundsError('schedule.tooManyMeetings', { count: rest.length, available: 0 });
  }
  const step = Math.min(input.cadenceWeeks * 7, (hi - day) / rest.length);
  const days = place({ lo: day + 1, hi, targets: evenTargets(day, step, rest.length, true), preferredWeekday: input.preferredWeekday });
  return [
    ...head,
    ...rest.map((slot, i) => {
      const d = days[i] ?? hi;
      return { ...slot, date: isoDateOf(d), plannedAt: toPlannedAt(d, time, input.timeZone) };
    }),
  ];
};
