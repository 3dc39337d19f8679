/**
 * Independent, deliberately naive re-implementations used as test oracles:
 * plain graph walks, Kuhn's augmenting paths and exhaustive search. They share
 * no code with the engine except `scorePair`, which score.test.ts covers.
 */
import type { PairingInput, PairingParticipant } from '../../../shared/domain/pairing';
import { scorePair } from '../../../shared/domain/pairing';

const norm = (s: string): string => s.trim().toLowerCase();

const managersOf = (input: PairingInput): Map<string, string[]> => {
  const map = new Map<string, string[]>();
  const add = (a: string, b: string | undefined): void => {
    if (b === undefined || norm(b) === '') {
      return;
    }
    map.set(norm(a), [...(map.get(norm(a)) ?? []), norm(b)]);
  };
  for (const p of input.participants) {
    add(p.email, p.managerEmail);
  }
  for (const l of input.orgLinks ?? []) {
    add(l.employeeEmail, l.managerEmail);
  }
  return map;
};

const reaches = (managers: Map<string, string[]>, from: string, to: string): boolean => {
  const seen = new Set<string>();
  const todo = [...(managers.get(from) ?? [])];
  while (todo.length > 0) {
    const next = todo.pop() as string;
    if (next === to) {
      return true;
    }
    if (!seen.has(next)) {
      seen.add(next);
      todo.push(...(managers.get(next) ?? []));
    }
  }
  return false;
};

export const naiveInOneChain = (input: PairingInput, a: PairingParticipant, b: PairingParticipant): boolean => {
  const managers = managersOf(input);
  return reaches(managers, norm(a.email), norm(b.email)) || reaches(managers, norm(b.email), norm(a.email));
};

const samePair = (x: { mentorId: string; menteeId: string }, a: string, b: string): boolean =>
  (x.mentorId === a && x.menteeId === b) || (x.mentorId === b && x.menteeId === a);

const consented = (p: PairingParticipant): boolean => p.consents.voluntary && p.consents.confidentiality && p.consents.dataProcessing;

/** Every per-pair hard rule, checked from scratch. */
export const naiveFeasible = (input: PairingInput, m: PairingParticipant, e: PairingParticipant): boolean => {
  const ml = m.languages.map(norm).filter((l) => l !== '');
  const el = e.languages.map(norm).filter((l) => l !== '');
  return (
    consented(m) &&
    consented(e) &&
    norm(m.email) !== norm(e.email) &&
    !naiveInOneChain(input, m, e) &&
    !(input.exclusions ?? []).some((x) => samePair(x, m.id, e.id)) &&
    !((input.forbidRepeatPairs ?? true) && (input.previousPairs ?? []).some((x) => samePair(x, m.id, e.id))) &&
    !(ml.length > 0 && el.length > 0 && !ml.some((l) => el.includes(l)))
  );
};

type Free = { mentors: PairingParticipant[]; capacity: Map<string, number>; mentees: PairingParticipant[] };

/** Mentors with their capacity left after the locks, and the mentees not locked. */
export const freeAfterLocks = (input: PairingInput): Free => {
  const locks = input.lockedPairs ?? [];
  const mentors = input.participants.filter((p) => p.role === 'mentor');
  const capacity = new Map(mentors.map((m) => [m.id, (m.capacity ?? 1) - locks.filter((l) => l.mentorId === m.id).length]));
  const mentees = input.participants.filter((p) => p.role === 'mentee' && !locks.some((l) => l.menteeId === p.id));
  return { mentors, capacity, mentees };
};

/** Maximum number of legal tandems besides the locks (Kuhn's algorithm over mentor slots). */
export const naiveMaxTandems = (input: PairingInput): number => {
  const { mentors, capacity, mentees } = freeAfterLocks(input);
  const slots = mentors.flatMap((m) => Array.from({ length: Math.max(0, capacity.get(m.id) ?? 0) }, () => m));
  const slotOwner: (number | undefined)[] = slots.map(() => undefined);
  const adj = mentees.map((e) => slots.flatMap((m, s) => (naiveFeasible(input, m, e) ? [s] : [])));
  const tryAugment = (e: number, seen: Set<number>): boolean => {
    for (const s of adj[e] ?? []) {
      if (seen.has(s)) {
        continue;
      }
      seen.add(s);
      const owner = slotOwner[s];
      if (owner === undefined || tryAugment(owner, seen)) {
        slotOwner[s] = e;
        return true;
      }
    }
    return false;
  };
  return mentees.reduce((n, _, e) => n + (tryAugment(e, new Set()) ? 1 : 0), 0);
};

/** Best (count, total score in thousandths) over every legal set of tandems besides the locks. */
export const bruteForceOptimum = (input: PairingInput): { count: number; units: number } => {
  const { mentors, capacity, mentees } = freeAfterLocks(input);
  const units = mentees.map((e) =>
    mentors.map((m) => (naiveFeasible(input, m, e) ? Math.round(scorePair(input, m.id, e.id).total * 1000) : -1)),
  );
  const left = mentors.map((m) => Math.max(0, capacity.get(m.id) ?? 0));
  let best = { count: 0, units: 0 };
  const visit = (i: number, count: number, sum: number): void => {
    if (i === mentees.length) {
      if (count > best.count || (count === best.count && sum > best.units)) {
        best = { count, units: sum };
      }
      return;
    }
    visit(i + 1, count, sum);
    units[i]?.forEach((u, m) => {
      if (u >= 0 && (left[m] ?? 0) > 0) {
        left[m] = (left[m] ?? 0) - 1;
        visit(i + 1, count + 1, sum + u);
        left[m] = (left[m] ?? 0) + 1;
      }
    });
  };
  visit(0, 0, 0);
  return best;
};
