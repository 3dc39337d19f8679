import { localDateOf } from '@shared/domain/rounds';
import {
  SAMPLE_SEED,
  createSampleRandom,
  demoRoundSpecs,
  planDemoRound,
} from '@shared/domain/sample';
import type { DemoRoundSpec, DemoTandem } from '@shared/domain/sample';
import type { SampleStatus } from '../../../../shared/ipc/domains/participants.types';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import { buildPairingInput } from '../pairing/pairing-input';
import { runEngine } from '../pairing/pairing-view';
import { createFeedbackService } from '../rounds/feedback.service';
import { createMeetingsService } from '../rounds/meetings.service';
import { dayIn } from '../rounds/round-access';
import { createRoundsService } from '../rounds/rounds.service';
import { createTandemsService } from '../rounds/tandems.service';
import { buildSampleProgramme } from './sample-data';
import type { TopicsService } from './topics.service';

type Deps = { repos: () => Repositories; topics: TopicsService; now: () => Date };
type SamplePerson = Awaited<ReturnType<Repositories['participants']['find']>>[number];

/**
 * Fixed ids for the sample people: the pairing engine breaks ties by participant id, so random
 * ids would pair differently on every run. Fixed ids also make two synced laptops that both
 * tried the sample converge on one set of people instead of duplicates.
 */
const PLAN_WEEKDAYS: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

const sampleId = (index: number): string => `sample-person-${String(index + 1).padStart(2, '0')}`;

/**
 * "Try with sample data": a fictional company plus two demo rounds (one closed, one running)
 * with tandems, meetings and feedback, so every screen has something to show.
 *
 * People, org links and rounds carry `sample: true`; tandems, meetings and feedback are found
 * through the sample rounds. Everything after the people goes through the rounds and pairing
 * services, so every rule of a real round applies (enrolment of active people only, pairing
 * constraints, confirming before logging, reasons for cancellations and early ends). None of
 * those services checks dates against the clock, so the past meetings are logged as HR would
 * log them late; only the `sample` mark on a round is written directly (the round services
 * have no field for it).
 */
export function createSampleService(deps: Deps) {
  const rounds = createRoundsService(deps.repos, deps.now);
  const tandems = createTandemsService(deps.repos, deps.now);
  const meetings = createMeetingsService(deps.repos, () => undefined);
  const feedback = createFeedbackService(deps.repos);

  async function status(): Promise<SampleStatus> {
    const people = await deps.repos().participants.count({ sample: true });
    return { present: people > 0, people };
  }

  /** The engine's proposal for the round, saved like HR's "Propose" (the pairing service's shape). */
  async function propose(roundId: string) {
    const r = deps.repos();
    const result = runEngine(await buildPairingInput(r, roundId));
    const createdAt = deps.now().toISOString();
    return r.tandems.insertMany(
      result.tandems.map((t) => ({
        roundId,
        mentorId: t.mentorId,
        menteeId: t.menteeId,
        score: t.score.total,
        breakdown: { total: t.score.total, parts: t.score.parts },
        locked: false,
        status: 'proposed',
        violations: [],
        createdAt,
      })),
      'pairing.proposed',
    );
  }

  /**
   * Confirms the proposal and plans the meetings, one batch per weekday and half-day the mentor
   * said they are free: `generatePlan` plans every confirmed tandem without meetings with one
   * weekday and time, so confirming and planning batch by batch spreads the tandems over the
   * week instead of putting all of them on the same Monday at 10:00.
   */
  async function confirmAndPlan(
    roundId: string,
    proposed: readonly { id: string; mentorId: string }[],
    people: ReadonlyMap<string, SamplePerson>,
  ): Promise<void> {
    const batches = new Map<string, { weekday: number; time: string; ids: string[] }>();
    for (const t of proposed) {
      const slot = people.get(t.mentorId)?.availability[0] ?? { day: 'mon', slot: 'morning' };
      const key = `${slot.day}-${slot.slot}`;
      const batch = batches.get(key) ?? {
        weekday: Math.max(0, PLAN_WEEKDAYS.indexOf(slot.day)) + 1,
        time: slot.slot === 'morning' ? '09:30' : '14:00',
        ids: [],
      };
      batch.ids.push(t.id);
      batches.set(key, batch);
    }
    for (const [, batch] of [...batches].sort(([a], [b]) => a.localeCompare(b))) {
      for (const id of batch.ids) {
        await tandems.confirm(id);
      }
      await meetings.generatePlan(roundId, {
        preferredWeekday: batch.weekday,
        preferredTime: batch.time,
      });
    }
  }

  async function demoTandems(
    roundId: string,
    people: ReadonlyMap<string, SamplePerson>,
  ): Promise<DemoTandem[]> {
    const plan = await meetings.list(roundId);
    const person = (id: string) => {
      const p = people.get(id);
      if (p === undefined) {
        throw new AppError(
          'participants.sample_conflict',
          'A sample tandem has someone outside the sample.',
        );
      }
      return {
        id: p.id,
        topics: p.topics,
        learnFromOther: p.learnFromOther,
        meetingFormat: p.meetingFormat,
        location: p.location,
      };
    };
    return (await deps.repos().tandems.find({ roundId }))
      .sort((a, b) => a.mentorId.localeCompare(b.mentorId))
      .map((t) => ({
        id: t.id,
        mentor: person(t.mentorId),
        mentee: person(t.menteeId),
        meetings: plan
          .filter((m) => m.tandemId === t.id)
          .map((m) => ({ id: m.id, sequence: m.sequence, date: localDateOf(m.plannedAt) })),
      }));
  }

  /** Who takes part: everyone, or an even, seeded pick of mentors and mentees. */
  function enrolled(spec: DemoRoundSpec, people: readonly SamplePerson[]): string[] {
    if (spec.tandems === 'all') {
      return people.map((p) => p.id);
    }
    const random = createSampleRandom(SAMPLE_SEED + spec.key.length);
    const of = (role: 'mentor' | 'mentee') =>
      random.shuffled(people.filter((p) => p.role === role)).slice(0, spec.tandems as number);
    return [...of('mentor'), ...of('mentee')].map((p) => p.id);
  }

  async function createDemoRound(
    spec: DemoRoundSpec,
    people: readonly SamplePerson[],
    topicNames: Record<string, string>,
  ): Promise<void> {
    const round = await rounds.create({
      name: spec.name,
      periodStart: spec.periodStart,
      periodEnd: spec.periodEnd,
      plannedMeetingsPerTandem: spec.plannedMeetingsPerTandem,
      cadenceWeeks: spec.cadenceWeeks,
      timeZone: spec.timeZone,
    });
    await deps
      .repos()
      .rounds.update(round.id, { sample: true }, { action: 'round.sample_created' });
    await rounds.enrol(round.id, enrolled(spec, people));
    const byId = new Map(people.map((p) => [p.id, p]));
    await confirmAndPlan(round.id, await propose(round.id), byId);
    await rounds.transition(round.id, 'active');
    const script = planDemoRound({
      seed: SAMPLE_SEED,
      roundId: round.id,
      kind: spec.key,
      today: dayIn(deps.now(), spec.timeZone),
      topicNames,
      tandems: await demoTandems(round.id, byId),
    });
    // Meetings of different tandems are independent: log them side by side so the store's
    // group commit writes them in a few batches instead of one disk sync each.
    await Promise.all(script.logs.map((log) => meetings.log(log)));
    for (const ending of script.endings) {
      await tandems.endEarly(ending);
    }
    await Promise.all(script.feedback.map((f) => feedback.save(f)));
    if (spec.finalStatus === 'closed') {
      await rounds.transition(round.id, 'closed');
    }
  }

  /** Removes the sample rounds and everything in them (they may be closed: this is not an edit). */
  async function removeDemoRounds(): Promise<void> {
    const r = deps.repos();
    const ids = (await r.rounds.find({ sample: true })).map((x) => x.id);
    if (ids.length === 0) {
      return;
    }
    const inRounds = { roundId: { $in: ids } };
    await r.meetings.removeWhere(inRounds, 'meeting.sample_removed');
    await r.feedback.removeWhere(inRounds, 'feedback.sample_removed');
    await r.tandems.removeWhere(inRounds, 'tandem.sample_removed');
    await r.rounds.removeWhere({ id: { $in: ids } }, 'round.sample_removed');
  }

  return {
    status,
    async create(): Promise<SampleStatus> {
      if ((await status()).present) {
        return status();
      }
      const catalogue = await deps.topics.list();
      const programme = buildSampleProgramme(
        deps.now().toISOString().slice(0, 10),
        new Set(catalogue.map((t) => t.id)),
      );
      const r = deps.repos();
      const taken = new Set((await r.participants.find()).map((p) => p.email));
      if (programme.participants.some((p) => taken.has(p.email))) {
        throw new AppError('participants.sample_conflict', 'Sample emails already in use.');
      }
      // Leftovers of an earlier sample whose people were erased one by one.
      await removeDemoRounds();
      const stamp = deps.now().toISOString();
      await r.participants.insertMany(
        programme.participants.map((p, i) => ({
          ...p,
          id: sampleId(i),
          status: 'active',
          createdAt: stamp,
          updatedAt: stamp,
          sample: true,
        })),
        'participant.sample_created',
      );
      const linked = new Set((await r.orgLinks.find()).map((l) => l.id));
      await r.orgLinks.insertMany(
        programme.orgLinks
          .filter((l) => !linked.has(l.employeeEmail))
          .map((l) => ({ id: l.employeeEmail, ...l, sample: true })),
        'org-link.sample_created',
      );
      const people = (await r.participants.find({ sample: true })).sort((a, b) =>
        a.id.localeCompare(b.id),
      );
      const topicNames = Object.fromEntries(catalogue.map((t) => [t.id, t.name.de]));
      for (const spec of demoRoundSpecs(dayIn(deps.now(), 'Europe/Berlin'))) {
        await createDemoRound(spec, people, topicNames);
      }
      return status();
    },
    async remove(): Promise<SampleStatus> {
      const r = deps.repos();
      await removeDemoRounds();
      const people = (await r.participants.find({ sample: true })).map((p) => p.id);
      if (people.length > 0) {
        // Exclusions HR recorded while exploring the sample would point at nobody afterwards.
        await r.exclusions.removeWhere(
          { $or: [{ mentorId: { $in: people } }, { menteeId: { $in: people } }] },
          'exclusion.sample_removed',
        );
      }
      await r.participants.removeWhere({ sample: true }, 'participant.sample_removed');
      await r.orgLinks.removeWhere({ sample: true }, 'org-link.sample_removed');
      return status();
    },
  };
}
