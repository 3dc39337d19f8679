import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { MeetingFormat, PairRef, PairingInput, PairingParticipant } from '../../../shared/domain/pairing';
import { SLOTS, proposeTandems } from '../../../shared/domain/pairing';
import { seededRandom } from './factories';
import { bruteForceOptimum, naiveFeasible, naiveInOneChain, naiveMaxTandems } from './oracle';

type Shape = { mentors: number; mentees: number; employees: number; seed: number; locks: boolean };

/**
 * A random small organisation: random (often cyclic) org links among a pool of
 * emails written in varying case, participants drawn from the pool, random
 * languages, consents, exclusions, earlier pairs, capacities, locks and weights.
 */
const randomOrganisation = ({ mentors, mentees, employees, seed, locks }: Shape): PairingInput => {
  const rand = seededRandom(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const email = (i: number): string => (rand() < 0.2 ? ` E${i}@Org.example ` : `e${i}@org.example`);
  const pool = Array.from({ length: employees }, (_, i) => i).sort(() => rand() - 0.5);
  const topics = ['ai', 'social', 'security', 'leadership', 'strategy'];
  const formats: MeetingFormat[] = ['in_person', 'remote', 'either'];
  const person = (role: 'mentor' | 'mentee', i: number): PairingParticipant => ({
    id: `${role}-${i}`,
    role,
    name: `${role} ${i}`,
    email: email(pool[role === 'mentor' ? i : mentors + i] ?? 0),
    department: pick(['IT', 'Sales', 'HR']),
    ...(rand() < 0.3 ? { managerEmail: email(int(employees)) } : {}),
    languages: rand() < 0.1 ? [] : [pick(['de', 'en', 'fr']), ...(rand() < 0.5 ? ['de'] : [])],
    ...(rand() < 0.8 ? { location: pick(['Berlin', 'Hamburg']) } : {}),
    format: pick(formats),
    availability: SLOTS.filter(() => rand() < 0.3),
    offers: topics.filter(() => rand() < 0.4).map((topic) => ({ topic, level: 1 + int(5) })),
    wants: topics.filter(() => rand() < 0.4).map((topic) => ({ topic, baseline: 1 + int(5) })),
    consents: { voluntary: rand() > 0.08, confidentiality: rand() > 0.05, dataProcessing: true },
    ...(role === 'mentor' && rand() < 0.3 ? { capacity: 2 } : {}),
  });
  const ms = Array.from({ length: mentors }, (_, i) => person('mentor', i));
  const es = Array.from({ length: mentees }, (_, i) => person('mentee', i));
  const randomPairs = (n: number): (PairRef & { reason: string; roundId: string })[] =>
    ms.length === 0 || es.length === 0
      ? []
      : Array.from({ length: n }, () => ({ mentorId: pick(ms).id, menteeId: pick(es).id, reason: pick(['a', 'b']), roundId: pick(['r1', 'r2']) }));
  const lockedPairs: PairRef[] = [];
  if (locks) {
    for (const e of es) {
      if (rand() < 0.2 && ms.length > 0) {
        lockedPairs.push({ mentorId: pick(ms).id, menteeId: e.id });
      }
    }
  }
  return {
    participants: [...ms, ...es],
    orgLinks: Array.from({ length: int(employees * 1.5) }, () => ({ employeeEmail: email(int(employees)), managerEmail: email(int(employees + 2)) })),
    exclusions: randomPairs(int(4)),
    previousPairs: randomPairs(int(4)),
    forbidRepeatPairs: rand() < 0.8,
    lockedPairs,
    weights: { topicFit: int(50), reverseFit: int(20), differentDepartment: int(20), availability: int(20) },
  };
};

const shape = (max: number, locks = true): fc.Arbitrary<Shape> =>
  fc.record({
    mentors: fc.integer({ min: 0, max }),
    mentees: fc.integer({ min: 0, max }),
    employees: fc.integer({ min: 2 * max, max: 4 * max }),
    seed: fc.integer(),
    locks: locks ? fc.boolean() : fc.constant(false),
  });

const byId = (input: PairingInput): Map<string, PairingParticipant> => new Map(input.participants.map((p) => [p.id, p]));

describe('pairing properties on random organisations', () => {
  it('never returns an unlocked tandem inside one reporting chain or breaking any hard rule', () => {
    fc.assert(
      fc.property(shape(12), (s) => {
        const input = randomOrganisation(s);
        const people = byId(input);
        const result = proposeTandems(input);
        const perMentor = new Map<string, number>();
        for (const t of result.tandems) {
          const m = people.get(t.mentorId) as PairingParticipant;
          const e = people.get(t.menteeId) as PairingParticipant;
          perMentor.set(m.id, (perMentor.get(m.id) ?? 0) + 1);
          if (!t.locked) {
            expect(naiveInOneChain(input, m, e)).toBe(false);
            expect(naiveFeasible(input, m, e)).toBe(true);
            expect(t.violations).toEqual([]);
          } else {
            expect(t.violations.some((v) => v.code === 'reportingLine')).toBe(naiveInOneChain(input, m, e));
          }
        }
        const lockedPerMentor = (id: string): number => (input.lockedPairs ?? []).filter((l) => l.mentorId === id).length;
        for (const [id, n] of perMentor) {
          expect(n).toBeLessThanOrEqual(Math.max(people.get(id)?.capacity ?? 1, lockedPerMentor(id)));
        }
        const menteeIds = result.tandems.map((t) => t.menteeId);
        expect(new Set(menteeIds).size).toBe(menteeIds.length);
      }),
      { numRuns: 200 },
    );
  });

  it('forms the maximum possible number of tandems', () => {
    fc.assert(
      fc.property(shape(12), (s) => {
        const input = randomOrganisation(s);
        const free = proposeTandems(input).tandems.filter((t) => !t.locked).length;
        expect(free).toBe(naiveMaxTandems(input));
      }),
      { numRuns: 200 },
    );
  });

  it('reaches the brute-force optimum score on instances up to 7×7', () => {
    fc.assert(
      fc.property(shape(7), (s) => {
        const input = randomOrganisation(s);
        const free = proposeTandems(input).tandems.filter((t) => !t.locked);
        const best = bruteForceOptimum(input);
        expect(free.length).toBe(best.count);
        expect(free.reduce((acc, t) => acc + Math.round(t.score.total * 1000), 0)).toBe(best.units);
      }),
      { numRuns: 120 },
    );
  });

  it('always keeps the locked pairs', () => {
    fc.assert(
      fc.property(shape(10), (s) => {
        const input = randomOrganisation({ ...s, locks: true });
        const result = proposeTandems(input);
        for (const lock of input.lockedPairs ?? []) {
          expect(result.tandems).toContainEqual(expect.objectContaining({ ...lock, locked: true }));
        }
        expect(result.tandems.filter((t) => t.locked)).toHaveLength(input.lockedPairs?.length ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it('gives everyone without a tandem exactly one reason', () => {
    fc.assert(
      fc.property(shape(10), (s) => {
        const input = randomOrganisation(s);
        const result = proposeTandems(input);
        const paired = new Set(result.tandems.flatMap((t) => [t.mentorId, t.menteeId]));
        const expected = input.participants.filter((p) => !paired.has(p.id)).map((p) => p.id).sort();
        expect(result.unpaired.map((u) => u.participantId)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic, also for shuffled input', () => {
    fc.assert(
      fc.property(shape(10), fc.integer(), (s, shuffleSeed) => {
        const input = randomOrganisation(s);
        const rand = seededRandom(shuffleSeed);
        const shuffle = <T>(xs: readonly T[]): T[] => [...xs].map((x) => [rand(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
        const shuffled: PairingInput = {
          ...input,
          participants: shuffle(input.participants),
          orgLinks: shuffle(input.orgLinks ?? []),
          exclusions: shuffle(input.exclusions ?? []),
          previousPairs: shuffle(input.previousPairs ?? []),
          lockedPairs: shuffle(input.lockedPairs ?? []),
        };
        const first = proposeTandems(input);
        expect(proposeTandems(input)).toEqual(first);
        expect(proposeTandems(shuffled)).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });
});
