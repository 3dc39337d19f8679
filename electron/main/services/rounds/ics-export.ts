import { createEvents } from 'ics';
import type { EventAttributes } from 'ics';
import { z } from 'zod';

/**
 * `.ics` export of planned tandem meetings (RFC 5545, via the `ics` package,
 * which folds lines and escapes text). Input is plain data the service has
 * already read from the store; this module does no I/O.
 *
 * Invitations are deliberately neutral: title with the two names and the
 * meeting number, both people as attendees, HR as organizer, and nothing
 * else: no summaries, notes, topics or ratings, because a calendar entry
 * travels to mail servers and shared calendars outside HR's control.
 */

const noControlChars = (s: string): boolean => !/[\p{Cc}]/u.test(s);

const PersonSchema = z.object({
  name: z.string().trim().min(1).max(200).refine(noControlChars),
  email: z.email(),
});
export type IcsPerson = z.infer<typeof PersonSchema>;

const MeetingSchema = z.object({
  /** Stable id of the meeting record: the UID is derived from it, so a re-export updates the event. */
  meetingId: z.string().regex(/^[A-Za-z0-9._:-]{1,120}$/),
  /** 1-based number in the tandem's plan. */
  sequence: z.int().min(1).max(99),
  /** Local start with offset, as produced by `planMeetings`: `2028-03-27T10:00:00+02:00`. */
  plannedAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.int().min(5).max(480).default(60),
  /** Bump on every change of date or time so calendars accept the update (iCalendar SEQUENCE). */
  revision: z.int().min(0).max(10_000).default(0),
  /** A cancelled meeting is exported with STATUS:CANCELLED so calendars remove it. */
  cancelled: z.boolean().default(false),
});
export type IcsMeetingInput = z.input<typeof MeetingSchema>;

const TandemSchema = z.object({
  mentor: PersonSchema,
  mentee: PersonSchema,
  /** Meetings planned for the tandem in total ("… of 6"). */
  plannedTotal: z.int().min(1).max(99),
  meetings: z.array(MeetingSchema),
});
export type IcsTandemInput = z.input<typeof TandemSchema>;

const ExportSchema = z.object({
  language: z.enum(['de', 'en']),
  /** HR, who sends the invitations. */
  organizer: PersonSchema,
  tandems: z.array(TandemSchema).min(1),
  /** Shown by some clients as the calendar's name, e.g. the round's name. */
  calendarName: z.string().trim().max(200).refine(noControlChars).optional(),
  /** Time of the export (DTSTAMP); injected so output is reproducible. */
  now: z.date(),
  /** Right-hand side of every UID; one per installation or programme. */
  uidDomain: z
    .string()
    .regex(/^[a-z0-9.-]{1,100}$/)
    .default('tandem.invalid'),
});
export type IcsExportInput = z.input<typeof ExportSchema>;

const TITLES = {
  de: (mentor: string, mentee: string, n: number, total: number) =>
    `Tandem: ${mentor} & ${mentee} (Treffen ${n} von ${total})`,
  en: (mentor: string, mentee: string, n: number, total: number) =>
    `Tandem: ${mentor} & ${mentee} (meeting ${n} of ${total})`,
} as const;

/** The neutral event title, e.g. "Tandem: Anna Schmidt & Bernd Meier (Treffen 2 von 6)". */
export const meetingTitle = (
  language: 'de' | 'en',
  mentor: string,
  mentee: string,
  n: number,
  total: number,
): string => TITLES[language](mentor, mentee, n, total);

/** Export refused: the input failed validation or the library rejected an event. */
export class IcsExportError extends Error {
  readonly code = 'ics.invalidInput';
  constructor(detail: string) {
    super(`ics export: ${detail}`);
    this.name = 'IcsExportError';
  }
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1 limits lines to 75 octets; `ics` folds at 75 characters, so
 * lines with umlauts come out longer. Unfold its output and fold again by
 * UTF-8 octets, never inside a character. Escaping stays the library's.
 */
export const refoldByOctets = (ics: string): string =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const ch of line) {
        const size = encoder.encode(ch).length;
        // Continuation lines start with one space, which counts towards their 75 octets.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += ch;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');

/** The `ics` package accepts `timestamp` (DTSTAMP) but its types omit it. */
type EventWithStamp = EventAttributes & { timestamp: number };

/**
 * Builds one VCALENDAR (METHOD:PUBLISH) with one VEVENT per meeting of the
 * given tandems: pass one tandem for a tandem's plan, all for the round.
 * Each event has UID `tandem-<meetingId>@<uidDomain>`, DTSTART in UTC
 * (the exact instant of the local time; `ics` v3 cannot write TZID), a
 * DURATION, both participants as required attendees, HR as organizer and
 * CLASS:PRIVATE. Events are ordered by start time; lines are folded at 75 octets.
 *
 * @throws IcsExportError for invalid input (bad email, unknown date, no tandem).
 */
export const exportMeetingsIcs = (raw: IcsExportInput): string => {
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) {
    throw new IcsExportError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '),
    );
  }
  const input = parsed.data;
  const events: EventWithStamp[] = input.tandems
    .flatMap((t) => t.meetings.map((m) => ({ t, m, start: Date.parse(m.plannedAt) })))
    .sort((a, b) => a.start - b.start || a.m.meetingId.localeCompare(b.m.meetingId))
    .map(({ t, m, start }) => ({
      uid: `tandem-${m.meetingId}@${input.uidDomain}`,
      sequence: m.revision,
      timestamp: input.now.getTime(),
      start,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: m.durationMinutes },
      title: meetingTitle(input.language, t.mentor.name, t.mentee.name, m.sequence, t.plannedTotal),
      status: m.cancelled ? 'CANCELLED' : 'CONFIRMED',
      busyStatus: 'BUSY',
      classification: 'PRIVATE',
      organizer: { name: input.organizer.name, email: input.organizer.email },
      attendees: [t.mentor, t.mentee].map((p) => ({
        name: p.name,
        email: p.email,
        rsvp: true,
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      })),
    }));
  if (events.length === 0) {
    throw new IcsExportError('no meetings to export');
  }
  const header = {
    productId: '-//Tandem//Reverse Mentoring//EN',
    method: 'PUBLISH',
    ...(input.calendarName === undefined ? {} : { calName: input.calendarName }),
  };
  const { error, value } = createEvents(events, header);
  if (error !== null || value === null) {
    throw new IcsExportError(error?.message ?? 'no output');
  }
  return refoldByOctets(value);
};
