import type { PersonDataSummary, ReportPersonOption } from '@shared/ipc/domains/reports.contract';
import type { Repositories } from '../../db/repositories';
import { getBranding } from './branding.service';
import { isoDay } from './round-report.service';
import { loadTopicNames } from './topic-names';

/** Everyone for the picker, by last name. */
export async function listReportPeople(repos: Repositories): Promise<ReportPersonOption[]> {
  const people = await repos.participants.find();
  return people
    .map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, lastName: p.lastName, role: p.role, department: p.department, status: p.status }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'de') || a.name.localeCompare(b.name, 'de'))
    .map(({ lastName: _lastName, ...rest }) => rest);
}

/**
 * Everything stored about one person, in readable form: the record, consents, tandems with
 * partner and meeting counts, and their own feedback. Meeting summaries are left out: they
 * describe both people of a tandem and belong to HR's notes, not to one person's data.
 */
export async function loadPersonData(repos: Repositories, participantId: string, now: Date): Promise<PersonDataSummary> {
  const p = await repos.participants.require(participantId);
  const [asMentor, asMentee, feedback, rounds] = await Promise.all([
    repos.tandems.find({ mentorId: participantId }),
    repos.tandems.find({ menteeId: participantId }),
    repos.feedback.find({ participantId }),
    repos.rounds.find(),
  ]);
  const tandems = [...asMentor, ...asMentee];
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  const partnerIds = tandems.map((t) => (t.mentorId === participantId ? t.menteeId : t.mentorId));
  const partners = new Map(
    (await repos.participants.find({ id: { $in: partnerIds } })).map((x) => [x.id, `${x.firstName} ${x.lastName}`]),
  );
  const meetings = tandems.length === 0 ? [] : await repos.meetings.find({ tandemId: { $in: tandems.map((t) => t.id) } });
  const stored = p as typeof p & { createdAt?: unknown };
  const summary: Omit<PersonDataSummary, 'topicNames'> = {
    branding: await getBranding(repos),
    generatedOn: isoDay(now),
    person: {
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      role: p.role,
      email: p.email,
      department: p.department,
      jobTitle: p.jobTitle,
      careerStage: p.careerStage,
      managerEmail: p.managerEmail ?? null,
      location: p.location,
      languages: [...p.languages],
      meetingFormat: p.meetingFormat,
      availability: p.availability.map((a) => ({ day: a.day, slot: a.slot })),
      status: p.status,
      motivation: p.motivation,
      createdAt: typeof stored.createdAt === 'string' ? stored.createdAt : null,
      updatedAt: p.updatedAt,
    },
    topics: p.topics.map((t) => ({ topicId: t.topicId, level: t.level })),
    learnFromOther: [...p.learnFromOther],
    consents: p.consents,
    tandems: tandems
      .map((t) => {
        const round = roundById.get(t.roundId);
        const own = meetings.filter((m) => m.tandemId === t.id);
        return {
          roundName: round?.name ?? '',
          periodStart: round?.periodStart ?? '',
          periodEnd: round?.periodEnd ?? '',
          partner: partners.get(t.mentorId === participantId ? t.menteeId : t.mentorId) ?? '',
          role: t.mentorId === participantId ? ('mentor' as const) : ('mentee' as const),
          status: t.status,
          held: own.filter((m) => m.state === 'held').length,
          planned: own.filter((m) => m.state !== 'cancelled').length,
        };
      })
      .sort((a, b) => (a.periodStart < b.periodStart ? -1 : 1)),
    feedback: feedback
      .map((f) => ({
        roundName: roundById.get(f.roundId)?.name ?? '',
        phase: f.phase,
        satisfaction: f.satisfaction ?? null,
        wouldRecommend: f.wouldRecommend ?? null,
        selfAssessment: Object.entries(f.selfAssessment).map(([topicId, rating]) => ({ topicId, rating })),
        quote: f.quote ?? null,
        consentToQuote: f.consentToQuote,
      }))
      .sort((a, b) => a.roundName.localeCompare(b.roundName) || (a.phase === 'start' ? -1 : 1)),
  };
  const topicIds = [
    ...summary.topics.map((t) => t.topicId),
    ...summary.learnFromOther,
    ...summary.feedback.flatMap((f) => f.selfAssessment.map((s) => s.topicId)),
  ];
  return { ...summary, topicNames: await loadTopicNames(repos, topicIds) };
}
