import { computeRoundReport } from '@shared/domain/rounds';
import type { Meeting, Round, Tandem } from '@shared/domain/rounds';
import type {
  CertificateData,
  CertificateLine,
  ReportRoundInfo,
  ReportRoundOption,
  RoundReportData,
} from '@shared/ipc/domains/reports.contract';
import type { Repositories } from '../../db/repositories';
import { getBranding } from './branding.service';
import { loadTopicNames } from './topic-names';

type Person = { name: string; department: string };

const roundInfo = (round: Round): ReportRoundInfo => ({
  id: round.id,
  name: round.name,
  periodStart: round.periodStart,
  periodEnd: round.periodEnd,
  status: round.status,
  plannedMeetingsPerTandem: round.plannedMeetingsPerTandem,
});

/** `YYYY-MM-DD` of an instant, for the domain's `today`. */
export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);

/** Names and departments of the given people; erased people are simply missing. */
async function loadPeople(repos: Repositories, ids: Iterable<string>): Promise<Map<string, Person>> {
  const docs = await repos.participants.find({ id: { $in: [...new Set(ids)] } });
  return new Map(docs.map((p) => [p.id, { name: `${p.firstName} ${p.lastName}`, department: p.department }]));
}

const ranInRound = (tandems: readonly Tandem[]): Tandem[] => tandems.filter((t) => t.status !== 'proposed');

/** Every round, newest first, with the number of tandems that ran (proposals left out). */
export async function listReportRounds(repos: Repositories): Promise<ReportRoundOption[]> {
  const [rounds, tandems] = await Promise.all([repos.rounds.find(), repos.tandems.find()]);
  const counts = new Map<string, number>();
  for (const t of ranInRound(tandems)) {
    counts.set(t.roundId, (counts.get(t.roundId) ?? 0) + 1);
  }
  return rounds
    .map((r) => ({ ...roundInfo(r), tandems: counts.get(r.id) ?? 0 }))
    .sort((a, b) => (a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : a.name.localeCompare(b.name)));
}

async function loadRound(repos: Repositories, roundId: string) {
  const round = await repos.rounds.require(roundId);
  const [tandems, meetings, feedback] = await Promise.all([
    repos.tandems.find({ roundId }),
    repos.meetings.find({ roundId }),
    repos.feedback.find({ roundId }),
  ]);
  return { round, tandems, meetings, feedback };
}

/**
 * The end-of-round report's data: `computeRoundReport`'s figures (small groups already
 * suppressed there) plus the names HR needs in the tandem table and the override note.
 */
export async function loadRoundReportData(repos: Repositories, roundId: string, now: Date): Promise<RoundReportData> {
  const { round, tandems, meetings, feedback } = await loadRound(repos, roundId);
  const report = computeRoundReport(round, tandems, meetings, feedback, isoDay(now));
  const people = await loadPeople(
    repos,
    report.tandems.flatMap((t) => [t.mentorId, t.menteeId]),
  );
  const name = (id: string): string => people.get(id)?.name ?? '';
  const topicIds = [
    ...report.topicsCovered.map((t) => t.topicId),
    ...report.selfAssessment.mentee.map((t) => t.topicId),
    ...report.selfAssessment.mentor.map((t) => t.topicId),
  ];
  const tandemsByName = report.tandems
    .map((t) => ({
      tandemId: t.tandemId,
      mentor: name(t.mentorId),
      mentee: name(t.menteeId),
      mentorDepartment: people.get(t.mentorId)?.department ?? '',
      menteeDepartment: people.get(t.menteeId)?.department ?? '',
      held: t.held,
      planned: t.planned,
      status: t.status,
    }))
    .sort((a, b) => a.mentor.localeCompare(b.mentor, 'de') || a.mentee.localeCompare(b.mentee, 'de'));
  return {
    round: roundInfo(round),
    branding: await getBranding(repos),
    generatedOn: isoDay(now),
    figures: {
      kpis: report.kpis,
      meetingsPerMonth: report.meetingsPerMonth,
      topicsCovered: report.topicsCovered,
      selfAssessment: report.selfAssessment,
      quotes: report.quotes,
    },
    tandems: tandemsByName,
    manualOverrides: report.manualOverrides.map((o) => ({
      tandemId: o.tandemId,
      mentor: name(o.mentorId),
      mentee: name(o.menteeId),
      violations: o.violations,
      justification: o.justification,
    })),
    topicNames: await loadTopicNames(repos, topicIds),
  };
}

/** Topic ids of a tandem's held meetings, both directions, most frequent first. */
function topicsWorkedOn(meetings: readonly Meeting[]): string[] {
  const counts = new Map<string, number>();
  for (const m of meetings) {
    if (m.state === 'held') {
      for (const id of new Set([...m.topicsCovered.toMentee, ...m.topicsCovered.toMentor])) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([id]) => id);
}

/** One certificate per tandem that ran in the round (proposals that never started get none). */
export async function loadCertificateData(repos: Repositories, roundId: string, now: Date): Promise<CertificateData> {
  const { round, tandems, meetings } = await loadRound(repos, roundId);
  const ran = ranInRound(tandems);
  const people = await loadPeople(repos, ran.flatMap((t) => [t.mentorId, t.menteeId]));
  const byTandem = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const list = byTandem.get(m.tandemId) ?? [];
    list.push(m);
    byTandem.set(m.tandemId, list);
  }
  const certificates: CertificateLine[] = ran
    .map((t) => {
      const own = byTandem.get(t.id) ?? [];
      return {
        tandemId: t.id,
        mentor: people.get(t.mentorId)?.name ?? '',
        mentee: people.get(t.menteeId)?.name ?? '',
        held: own.filter((m) => m.state === 'held').length,
        topics: topicsWorkedOn(own),
      };
    })
    .sort((a, b) => a.mentor.localeCompare(b.mentor, 'de') || a.mentee.localeCompare(b.mentee, 'de'));
  return {
    round: roundInfo(round),
    branding: await getBranding(repos),
    generatedOn: isoDay(now),
    certificates,
    topicNames: await loadTopicNames(repos, certificates.flatMap((c) => c.topics)),
  };
}
