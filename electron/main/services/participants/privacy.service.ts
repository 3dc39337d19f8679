import { writeFileAtomic } from '../../lib/atomic-file';
import type { Participant } from '../../../../shared/domain/participants';
import { topicName, type TopicRecord } from '../../../../shared/domain/topics';
import type { EraseOutcome, RetentionView, SavedFile } from '../../../../shared/ipc/domains/participants.types';
import type { Repositories } from '../../db/repositories';
import type { Dialogs } from '../../lib/dialogs';
import type { TopicsService } from './topics.service';

const RETENTION_ID = 'retention';
const ANONYMISED_ID = 'anonymised-counts';
const MONTH_MS = 30.44 * 24 * 60 * 60 * 1000;

type Counts = Record<string, { tandems: number; meetingsPlanned: number; meetingsHeld: number }>;

/** A plain-text summary of the person's data (German and English labels side by side). */
export function personSummary(p: Participant, catalogue: readonly TopicRecord[], extra: { tandems: number; meetings: number; feedback: number; rounds: string[] }): string {
  const topics = p.topics.map((t) => `${topicName(catalogue, t.topicId, 'de')} (${String(t.level)}/5)`).join(', ');
  const consent = (c: { given: boolean; date: string | null }) => (c.given ? `ja / yes, ${c.date ?? ''}` : 'nein / no');
  return [
    `Auskunft über gespeicherte Daten / Data held about: ${p.firstName} ${p.lastName}`,
    '',
    `Rolle / Role: ${p.role}`,
    `E-Mail: ${p.email}`,
    `Abteilung / Department: ${p.department}`,
    `Position / Job title: ${p.jobTitle}`,
    `Karrierestufe / Career stage: ${p.careerStage}`,
    `Führungskraft / Line manager: ${p.managerEmail ?? '–'}`,
    `Standort / Location: ${p.location}`,
    `Sprachen / Languages: ${p.languages.join(', ')}`,
    `Themen / Topics: ${topics}`,
    `Motivation: ${p.motivation}`,
    `Freiwilligkeit / Voluntary: ${consent(p.consents.voluntary)}`,
    `Vertraulichkeit / Confidentiality: ${consent(p.consents.confidentiality)}`,
    `Datenverarbeitung / Data processing: ${consent(p.consents.dataProcessing)}`,
    `Status: ${p.status}`,
    `Runden / Rounds: ${extra.rounds.join(', ') || '–'}`,
    `Tandems: ${String(extra.tandems)}, Treffen / Meetings: ${String(extra.meetings)}, Feedback: ${String(extra.feedback)}`,
    '',
  ].join('\r\n');
}

/** Data rights: Art. 15 export, Art. 17 erasure, and retention after rounds close. */
export function createPrivacyService(deps: { repos: () => Repositories; dialogs: Dialogs; topics: TopicsService; now: () => Date }) {
  async function collect(id: string) {
    const r = deps.repos();
    const participant = await r.participants.require(id);
    const tandems = (await r.tandems.find()).filter((t) => t.mentorId === id || t.menteeId === id);
    const tandemIds = new Set(tandems.map((t) => t.id));
    const meetings = (await r.meetings.find()).filter((m) => tandemIds.has(m.tandemId));
    const feedback = await r.feedback.find({ participantId: id });
    const rounds = (await r.rounds.find()).filter((round) => round.enrolledParticipantIds.includes(id));
    const orgLinks = (await r.orgLinks.find()).filter((l) => l.employeeEmail === participant.email);
    const exclusions = (await r.exclusions.find()).filter((e) => e.mentorId === id || e.menteeId === id);
    return { participant, tandems, meetings, feedback, rounds, orgLinks, exclusions };
  }

  async function erase(id: string): Promise<EraseOutcome> {
    const r = deps.repos();
    const data = await collect(id);
    const counts = ((await r.settings.get(ANONYMISED_ID))?.value ?? {}) as Counts;
    for (const tandem of data.tandems) {
      const entry = counts[tandem.roundId] ?? { tandems: 0, meetingsPlanned: 0, meetingsHeld: 0 };
      const own = data.meetings.filter((m) => m.tandemId === tandem.id);
      entry.tandems += 1;
      entry.meetingsPlanned += own.length;
      entry.meetingsHeld += own.filter((m) => m.state === 'held').length;
      counts[tandem.roundId] = entry;
    }
    if (data.tandems.length > 0) {
      await (await r.settings.get(ANONYMISED_ID)
        ? r.settings.update(ANONYMISED_ID, { value: counts })
        : r.settings.insert({ id: ANONYMISED_ID, value: counts }));
    }
    for (const meeting of data.meetings) {
      await r.meetings.remove(meeting.id, 'meeting.erased');
    }
    for (const tandem of data.tandems) {
      await r.tandems.remove(tandem.id, 'tandem.erased');
    }
    for (const item of data.feedback) {
      await r.feedback.remove(item.id, 'feedback.erased');
    }
    for (const exclusion of data.exclusions) {
      await r.exclusions.remove(exclusion.id, 'exclusion.erased');
    }
    for (const link of data.orgLinks) {
      await r.orgLinks.remove(link.id, 'org-link.erased');
    }
    for (const round of data.rounds) {
      await r.rounds.update(round.id, { enrolledParticipantIds: round.enrolledParticipantIds.filter((p) => p !== id) }, { action: 'round.participant_erased' });
    }
    await r.participants.remove(id, 'participant.erased');
    await r.audit.append({
      action: 'privacy.erased',
      entity: 'participant',
      entityId: id,
      details: { tandems: data.tandems.length, meetings: data.meetings.length, feedback: data.feedback.length },
      flagged: true,
    });
    return { tandems: data.tandems.length, meetings: data.meetings.length, feedback: data.feedback.length };
  }

  async function retentionView(): Promise<RetentionView> {
    const r = deps.repos();
    const setting = await r.settings.get(RETENTION_ID);
    const months = typeof setting?.value.months === 'number' ? setting.value.months : null;
    if (months === null) {
      return { months, rounds: [], people: 0 };
    }
    const cutoff = deps.now().getTime() - months * MONTH_MS;
    const all = await r.rounds.find();
    const expired = all.filter((round) => {
      const closedAt = (round as { closedAt?: unknown }).closedAt;
      return round.status === 'closed' && typeof closedAt === 'string' && Date.parse(closedAt) < cutoff;
    });
    const expiredIds = new Set(expired.map((round) => round.id));
    const live = new Set(all.filter((round) => !expiredIds.has(round.id)).flatMap((round) => round.enrolledParticipantIds));
    const people = new Set(expired.flatMap((round) => round.enrolledParticipantIds).filter((id) => !live.has(id)));
    return {
      months,
      rounds: expired.map((round) => ({ id: round.id, name: round.name, closedAt: String((round as { closedAt?: unknown }).closedAt) })),
      people: people.size,
    };
  }

  return {
    /** Writes `<name>.json` (machine-readable) and `<name>.txt` (readable summary) next to it. */
    async exportPerson(id: string): Promise<SavedFile> {
      const data = await collect(id);
      const p = data.participant;
      const path = await deps.dialogs.chooseSavePath({
        defaultName: `tandem-auskunft-${p.lastName}-${p.firstName}.json`.replace(/[^\p{L}\p{N}._-]+/gu, '_'),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (path === null) {
        return null;
      }
      const catalogue = await deps.topics.list();
      const json = { exportedAt: deps.now().toISOString(), format: 'tandem.subject-access.v1', ...data };
      await writeFileAtomic(path, `${JSON.stringify(json, null, 2)}\n`);
      const summary = personSummary(p, catalogue, {
        tandems: data.tandems.length,
        meetings: data.meetings.length,
        feedback: data.feedback.length,
        rounds: data.rounds.map((round) => round.name),
      });
      await writeFileAtomic(path.replace(/\.json$/i, '') + '.txt', `\uFEFF${summary}`);
      await deps.repos().audit.append({ action: 'privacy.exported', entity: 'participant', entityId: id, details: {} });
      return { path, count: 1 };
    },
    erase,
    retentionView,
    async setRetention(months: number | null): Promise<RetentionView> {
      const r = deps.repos();
      const existing = await r.settings.get(RETENTION_ID);
      const value = { months };
      await (existing ? r.settings.update(RETENTION_ID, { value }) : r.settings.insert({ id: RETENTION_ID, value }));
      return retentionView();
    },
    /** Erases everyone whose every round closed longer ago than the retention period. */
    async applyRetention(): Promise<{ erased: number }> {
      const view = await retentionView();
      if (view.months === null) {
        return { erased: 0 };
      }
      const r = deps.repos();
      const all = await r.rounds.find();
      const expired = new Set(view.rounds.map((round) => round.id));
      const live = new Set(all.filter((round) => !expired.has(round.id)).flatMap((round) => round.enrolledParticipantIds));
      const ids = new Set(all.filter((round) => expired.has(round.id)).flatMap((round) => round.enrolledParticipantIds).filter((id) => !live.has(id)));
      let erased = 0;
      for (const id of ids) {
        if (await r.participants.get(id)) {
          await erase(id);
          erased += 1;
        }
      }
      return { erased };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
