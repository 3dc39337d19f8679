import { writeFileAtomic } from '../../lib/atomic-file';
import type { ExportResult, MeetingView, Organizer } from '@shared/ipc/domains/rounds.contract';
import type { Repositories } from '../../db/repositories';
import type { Dialogs } from '../../lib/dialogs';
import { AppError } from '../../ipc/errors';
import { exportMeetingsIcs } from './ics-export';
import type { IcsTandemInput } from './ics-export';
import { loadRound, peopleById, personOf } from './round-access';

const ORGANIZER_SETTING = 'calendar-organizer';

export type ExportIcsInput = {
  roundId: string;
  tandemId?: string | undefined;
  organizer: Organizer;
  language: 'de' | 'en';
};

/** A file name from a round or tandem name: letters, digits and dashes only. */
const fileName = (text: string): string =>
  `${
    text
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'tandem'
  }.ics`;

/**
 * `.ics` export of a tandem's or a whole round's meetings. HR is the organizer (remembered for
 * next time); invitations carry names, number and time only, never summaries or topics.
 */
export function createCalendarService(
  repos: () => Repositories,
  dialogs: Dialogs,
  now: () => Date,
) {
  return {
    /** HR's name and email from the last export, to prefill the form. */
    async organizer(): Promise<Organizer | null> {
      const stored = await repos().settings.get(ORGANIZER_SETTING);
      const value = stored?.value;
      return typeof value?.name === 'string' && typeof value.email === 'string'
        ? { name: value.name, email: value.email }
        : null;
    },

    /** Asks where to save, then writes one calendar file; `null` when HR cancelled the dialog. */
    async exportIcs(input: ExportIcsInput): Promise<ExportResult> {
      const r = repos();
      const round = await loadRound(r, input.roundId);
      const tandems = (await r.tandems.find({ roundId: round.id })).filter(
        (t) =>
          t.status === 'confirmed' && (input.tandemId === undefined || t.id === input.tandemId),
      );
      const meetings = (await r.meetings.find({ roundId: round.id })) as MeetingView[];
      const people = await peopleById(
        r,
        tandems.flatMap((t) => [t.mentorId, t.menteeId]),
      );
      const entries: IcsTandemInput[] = tandems
        .map((t) => ({
          mentor: {
            name: personOf(people, t.mentorId).name,
            email: personOf(people, t.mentorId).email,
          },
          mentee: {
            name: personOf(people, t.menteeId).name,
            email: personOf(people, t.menteeId).email,
          },
          plannedTotal: Math.max(
            round.plannedMeetingsPerTandem,
            ...meetings.filter((m) => m.tandemId === t.id).map((m) => m.sequence),
          ),
          meetings: meetings
            .filter((m) => m.tandemId === t.id)
            .map((m) => ({
              meetingId: m.id,
              sequence: m.sequence,
              plannedAt: m.plannedAt,
              revision: m.revision ?? 0,
              cancelled: m.state === 'cancelled',
              ...(m.durationMinutes === undefined ? {} : { durationMinutes: m.durationMinutes }),
            })),
        }))
        .filter((t) => t.meetings.length > 0);
      if (entries.length === 0) {
        throw new AppError(
          'calendar.nothingToExport',
          'There are no planned meetings to export yet.',
        );
      }
      const single = input.tandemId === undefined ? undefined : entries[0];
      const defaultName = fileName(
        single === undefined ? round.name : `${single.mentor.name}-${single.mentee.name}`,
      );
      const path = await dialogs.chooseSavePath({
        defaultName,
        filters: [{ name: input.language === 'de' ? 'Kalender' : 'Calendar', extensions: ['ics'] }],
      });
      if (path === null) {
        return null;
      }
      const ics = exportMeetingsIcs({
        language: input.language,
        organizer: input.organizer,
        tandems: entries,
        calendarName: round.name,
        now: now(),
      });
      await writeFileAtomic(path, ics);
      const existing = await r.settings.get(ORGANIZER_SETTING);
      if (existing === null) {
        await r.settings.insert({ id: ORGANIZER_SETTING, value: input.organizer });
      } else {
        await r.settings.update(ORGANIZER_SETTING, { value: input.organizer });
      }
      return { path, events: entries.reduce((n, t) => n + t.meetings.length, 0) };
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
