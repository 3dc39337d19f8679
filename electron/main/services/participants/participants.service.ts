import type { Participant, ParticipantInput, ParticipantStatus } from '../../../../shared/domain/participants';
import type {
  ParticipantDetail,
  ParticipantList,
  ParticipantRow,
} from '../../../../shared/ipc/domains/participants.types';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';

type StoredParticipant = Participant & { updatedAt: string; sample?: boolean };

const fullName = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;

/** Rounds per participant id, from the rounds' enrolment lists. */
async function roundsByParticipant(repos: Repositories): Promise<{ map: Map<string, string[]>; rounds: { id: string; name: string }[] }> {
  const rounds = await repos.rounds.find();
  const map = new Map<string, string[]>();
  for (const round of rounds) {
    for (const id of round.enrolledParticipantIds) {
      const list = map.get(id) ?? [];
      list.push(round.id);
      map.set(id, list);
    }
  }
  return { map, rounds: rounds.map((r) => ({ id: r.id, name: r.name })) };
}

/**
 * Walks up from `email`: the manager a participant record names wins over the org chart
 * (HR typed it more recently). Stops at the top, or at a cycle, which it reports.
 */
export function walkReportingChain(
  email: string,
  managerOf: (email: string) => string | undefined,
  limit = 50,
): { chain: string[]; cycle: boolean } {
  const seen = new Set([email]);
  const chain: string[] = [];
  let current = managerOf(email);
  while (current !== undefined && chain.length < limit) {
    if (seen.has(current)) {
      return { chain, cycle: true };
    }
    seen.add(current);
    chain.push(current);
    current = managerOf(current);
  }
  return { chain, cycle: false };
}

/** Participants: create, edit, withdraw, list, with the email unique per programme. */
export function createParticipantsService(repos: () => Repositories, now: () => Date) {
  async function assertEmailFree(email: string, exceptId?: string): Promise<void> {
    const [existing] = await repos().participants.find({ email });
    if (existing !== undefined && existing.id !== exceptId) {
      throw new AppError('participants.email_taken', 'Email already in use.', {
        email,
        id: existing.id,
        name: fullName(existing),
      });
    }
  }

  return {
    async list(): Promise<ParticipantList> {
      const r = repos();
      const [people, rounds] = await Promise.all([r.participants.find(), roundsByParticipant(r)]);
      const rows = people.map(
        (p): ParticipantRow => ({
          id: p.id,
          role: p.role,
          firstName: p.firstName,
          lastName: p.lastName,
          email: p.email,
          department: p.department,
          jobTitle: p.jobTitle,
          status: p.status,
          roundIds: rounds.map.get(p.id) ?? [],
          sample: (p as StoredParticipant).sample === true,
        }),
      );
      return { rows, rounds: rounds.rounds };
    },

    async get(id: string): Promise<ParticipantDetail> {
      const r = repos();
      const participant = (await r.participants.require(id)) as StoredParticipant;
      const [people, links, rounds] = await Promise.all([r.participants.find(), r.orgLinks.find(), r.rounds.find()]);
      const byEmail = new Map(people.map((p) => [p.email, p]));
      const fromChart = new Map(links.map((l) => [l.employeeEmail, l.managerEmail]));
      const { chain, cycle } = walkReportingChain(
        participant.email,
        (email) => byEmail.get(email)?.managerEmail ?? fromChart.get(email),
      );
      return {
        participant,
        reportingChain: chain.map((email) => {
          const person = byEmail.get(email);
          return person ? { email, name: fullName(person) } : { email };
        }),
        chainHasCycle: cycle,
        rounds: rounds.filter((round) => round.enrolledParticipantIds.includes(id)).map((round) => ({ id: round.id, name: round.name })),
      };
    },

    async create(input: ParticipantInput): Promise<Participant> {
      await assertEmailFree(input.email);
      const stamp = now().toISOString();
      return repos().participants.insert({ ...input, status: 'active', createdAt: stamp, updatedAt: stamp });
    },

    async update(id: string, input: ParticipantInput): Promise<Participant> {
      await repos().participants.require(id);
      await assertEmailFree(input.email, id);
      // Optional fields the form cleared must be removed, not left at their old value.
      return repos().participants.update(id, { ...input, managerEmail: input.managerEmail });
    },

    async setStatus(id: string, status: ParticipantStatus): Promise<Participant> {
      return repos().participants.update(id, { status }, { action: status === 'withdrawn' ? 'participant.withdrawn' : 'participant.reactivated' });
    },
  };
}

export type ParticipantsService = ReturnType<typeof createParticipantsService>;
