import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import {
  IcsExportError,
  exportMeetingsIcs,
} from '../../../electron/main/services/rounds/ics-export';
import type {
  IcsExportInput,
  IcsTandemInput,
} from '../../../electron/main/services/rounds/ics-export';
import { planMeetings } from '../../../shared/domain/rounds';

const slots = planMeetings({
  periodStart: '2028-01-10',
  periodEnd: '2028-06-30',
  count: 6,
  cadenceWeeks: 4,
  timeZone: 'Europe/Berlin',
});

const anna: IcsTandemInput = {
  mentor: { name: 'Anna Schmidt', email: 'anna.schmidt@example.com' },
  mentee: { name: 'Bernd Meier', email: 'bernd.meier@example.com' },
  plannedTotal: 6,
  meetings: slots.map((s) => ({
    meetingId: `m-t1-${s.sequence}`,
    sequence: s.sequence,
    plannedAt: s.plannedAt,
  })),
};

const base: IcsExportInput = {
  language: 'de',
  organizer: { name: 'Personalabteilung', email: 'hr@example.com' },
  tandems: [anna],
  now: new Date('2028-01-02T09:00:00Z'),
};

const parse = (ics: string) => {
  const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return {
    cal,
    events: cal.getAllSubcomponents('vevent').map((c) => ({ c, e: new ICAL.Event(c) })),
  };
};

describe('exportMeetingsIcs', () => {
  it('writes one event per meeting with stable UIDs that survive a re-export', () => {
    const ics = exportMeetingsIcs(base);
    const { events } = parse(ics);
    expect(events).toHaveLength(6);
    expect(events.map(({ e }) => e.uid)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `tandem-m-t1-${n}@tandem.invalid`),
    );
    const again = exportMeetingsIcs({ ...base, now: new Date('2028-02-01T09:00:00Z') });
    expect(parse(again).events.map(({ e }) => e.uid)).toEqual(events.map(({ e }) => e.uid));
  });

  it('uses a neutral title in the chosen language', () => {
    expect(parse(exportMeetingsIcs(base)).events[1]?.e.summary).toBe(
      'Tandem: Anna Schmidt & Bernd Meier (Treffen 2 von 6)',
    );
    expect(parse(exportMeetingsIcs({ ...base, language: 'en' })).events[1]?.e.summary).toBe(
      'Tandem: Anna Schmidt & Bernd Meier (meeting 2 of 6)',
    );
  });

  it('keeps 10:00 Berlin time across DST: 09:00 UTC in winter, 08:00 UTC in summer', () => {
    const { events } = parse(exportMeetingsIcs(base));
    const starts = events.map(({ e }) => e.startDate.toJSDate().toISOString());
    expect(starts).toEqual([
      '2028-01-10T09:00:00.000Z',
      '2028-02-07T09:00:00.000Z',
      '2028-03-06T09:00:00.000Z',
      '2028-04-03T08:00:00.000Z',
      '2028-05-01T08:00:00.000Z',
      '2028-05-29T08:00:00.000Z',
    ]);
    expect(events.every(({ e }) => e.startDate.zone.tzid === 'UTC')).toBe(true);
    for (const { e } of events) {
      expect(e.endDate.toUnixTime() - e.startDate.toUnixTime()).toBe(3600);
    }
  });

  it('invites both participants and names HR as organizer', () => {
    const { events } = parse(exportMeetingsIcs(base));
    const first = events[0];
    expect(first).toBeDefined();
    const attendees = first?.e.attendees.map((a) => [
      a.getParameter('cn'),
      String(a.getFirstValue()).toLowerCase(),
      a.getParameter('role'),
    ]);
    expect(attendees).toEqual([
      ['Anna Schmidt', 'mailto:anna.schmidt@example.com', 'REQ-PARTICIPANT'],
      ['Bernd Meier', 'mailto:bernd.meier@example.com', 'REQ-PARTICIPANT'],
    ]);
    const organizer = first?.c.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Personalabteilung');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:hr@example.com');
    expect(first?.c.getFirstPropertyValue('class')).toBe('PRIVATE');
  });

  it('exports a whole round sorted by time and marks cancelled meetings', () => {
    const second: IcsTandemInput = {
      mentor: { name: 'Chiara Özdemir-Großmann', email: 'chiara@example.com' },
      mentee: {
        name: 'Dr. Jürgen Weiß, Bereichsleiter „Vertrieb & Service“; Nord',
        email: 'juergen@example.com',
      },
      plannedTotal: 6,
      meetings: [
        {
          meetingId: 'm-t2-1',
          sequence: 1,
          plannedAt: '2028-01-11T14:30:00+01:00',
          durationMinutes: 90,
          cancelled: true,
          revision: 2,
        },
      ],
    };
    const ics = exportMeetingsIcs({
      ...base,
      tandems: [anna, second],
      calendarName: 'Runde Frühjahr 2028',
    });
    const { cal, events } = parse(ics);
    expect(events).toHaveLength(7);
    expect(events.map(({ e }) => e.uid).slice(0, 2)).toEqual([
      'tandem-m-t1-1@tandem.invalid',
      'tandem-m-t2-1@tandem.invalid',
    ]);
    const t2 = events[1];
    expect(t2?.e.summary).toBe(
      'Tandem: Chiara Özdemir-Großmann & Dr. Jürgen Weiß, Bereichsleiter „Vertrieb & Service“; Nord (Treffen 1 von 6)',
    );
    expect(t2?.c.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(t2?.e.sequence).toBe(2);
    expect(t2?.e.duration.toSeconds()).toBe(5400);
    expect(t2?.e.attendees[1]?.getParameter('cn')).toBe(
      'Dr. Jürgen Weiß, Bereichsleiter „Vertrieb & Service“; Nord',
    );
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    // RFC 5545: CRLF line ends, lines folded at 75 octets.
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });

  it('leaks no confidential text: no description, summary notes or topics', () => {
    const withNotes = {
      ...base,
      tandems: [{ ...anna, summary: 'VERTRAULICH Notiz', topics: ['ai'] }],
    } as unknown as IcsExportInput;
    const ics = exportMeetingsIcs(withNotes);
    expect(ics).not.toContain('VERTRAULICH');
    expect(ics).not.toMatch(/^DESCRIPTION/m);
    expect(ics).not.toMatch(/^(X-ALT-DESC|COMMENT|CATEGORIES)/m);
  });

  it('refuses invalid input instead of writing a broken calendar', () => {
    const badEmail: IcsTandemInput = {
      ...anna,
      mentor: { name: 'Anna', email: 'anna@example.com\r\nATTENDEE:mailto:x@evil.test' },
    };
    expect(() => exportMeetingsIcs({ ...base, tandems: [badEmail] })).toThrow(IcsExportError);
    expect(() => exportMeetingsIcs({ ...base, tandems: [{ ...anna, meetings: [] }] })).toThrow(
      IcsExportError,
    );
    expect(() => exportMeetingsIcs({ ...base, tandems: [] })).toThrow(IcsExportError);
  });
});
