import { z } from 'zod';

/**
 * Calendar arithmetic on plain dates (`YYYY-MM-DD`).
 *
 * Days are counted as integers since 1970-01-01 in the proleptic Gregorian
 * calendar, computed through UTC. A calendar day has no time zone, so this
 * arithmetic cannot be disturbed by DST; only the final step that turns a day
 * plus a local time into an instant needs the zone (see `schedule.ts`).
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (rejects 2027-02-29). Error key: `validation.common.date`. */
export const IsoDateSchema = z.string().refine((s) => parseDayNumber(s) !== null, { error: 'validation.common.date' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Day number of `YYYY-MM-DD`, or `null` when the text is not a real date. */
export const parseDayNumber = (iso: string): number | null => {
  const m = ISO_DATE.exec(iso);
  if (m === null) {
    return null;
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2027-02-29 over to 1 March; a round trip catches it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / MS_PER_DAY;
};

/** Day number of a date the caller has already validated; throws on garbage so bugs surface. */
export const dayNumber = (iso: string): number => {
  const n = parseDayNumber(iso.slice(0, 10));
  if (n === null) {
    throw new RangeError(`not an ISO date: ${iso}`);
  }
  return n;
};

/** `YYYY-MM-DD` of a day number. */
export const isoDateOf = (day: number): IsoDate => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: number): number => {
  // 1970-01-01 was a Thursday (ISO 4).
  const wd = (((day + 3) % 7) + 7) % 7;
  return wd + 1;
};

export const isWeekendDay = (day: number): boolean => isoWeekday(day) >= 6;

/**
 * The calendar date part of an ISO date or date-time. For a date-time with an
 * offset (`2028-03-27T10:00:00+02:00`) this is the local date where it was planned.
 */
export const localDateOf = (isoDateOrDateTime: string): IsoDate => isoDateOrDateTime.slice(0, 10);

/** `YYYY-MM` of an ISO date or date-time. */
export const monthOf = (isoDateOrDateTime: string): string => isoDateOrDateTime.slice(0, 7);
