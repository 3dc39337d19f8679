import { dayNumber, isoDateOf } from '../rounds/calendar-day';

/** Seed of the sample programme's stories; change it and every demo tandem tells another one. */
export const SAMPLE_SEED = 20_260_315;

export type DemoRoundKey = 'previous' | 'current';

/** What the sample service creates a demo round with, and the status it leaves it in. */
export type DemoRoundSpec = {
  key: DemoRoundKey;
  name: string;
  periodStart: string;
  periodEnd: string;
  plannedMeetingsPerTandem: number;
  cadenceWeeks: number;
  timeZone: string;
  finalStatus: 'active' | 'closed';
  /** How many mentor–mentee pairs take part (the current round: everyone). */
  tandems: number | 'all';
};

const seasonName = (start: number, end: number): string => {
  const middle = isoDateOf(Math.floor((start + end) / 2));
  const month = Number(middle.slice(5, 7));
  return `${month <= 6 ? 'Frühjahr' : 'Herbst'} ${middle.slice(0, 4)}`;
};

/**
 * The two demo rounds relative to `today` (`YYYY-MM-DD`): a closed one from the previous
 * half-year with a few tandems, and a running one that started five months ago and ends in
 * five weeks. Six meetings every five weeks put five of them in the past and the last one
 * just ahead, so the dashboard has history, an upcoming meeting and overdue tandems.
 */
export function demoRoundSpecs(today: string): DemoRoundSpec[] {
  const day = dayNumber(today);
  const current = { start: day - 150, end: day + 35 };
  const previous = { start: current.start - 190, end: current.start - 10 };
  return [
    {
      key: 'previous',
      name: `Beispielrunde ${seasonName(previous.start, previous.end)}`,
      periodStart: isoDateOf(previous.start),
      periodEnd: isoDateOf(previous.end),
      plannedMeetingsPerTandem: 6,
      cadenceWeeks: 4,
      timeZone: 'Europe/Berlin',
      finalStatus: 'closed',
      tandems: 8,
    },
    {
      key: 'current',
      name: `Beispielrunde ${seasonName(current.start, current.end)}`,
      periodStart: isoDateOf(current.start),
      periodEnd: isoDateOf(current.end),
      plannedMeetingsPerTandem: 6,
      cadenceWeeks: 5,
      timeZone: 'Europe/Berlin',
      finalStatus: 'active',
      tandems: 'all',
    },
  ];
}
