import type { Features } from './features';
import type { OrgGraph } from './reporting-chain';
import { chainInGraph, ownersAbove } from './reporting-chain';
import type {
  ConsentKind,
  ConstraintCode,
  ConstraintViolation,
  Consents,
  Exclusion,
  PairingParticipant,
  PreviousPair,
} from './pairing.types';
import { cannotTalk, markNoSharedLanguage } from './score.kernel';

/** Bits of the per-pair block mask. Consent and capacity are per person, not per pair. */
export const BLOCK = {
  reportingLine: 1,
  excluded: 2,
  previousPair: 4,
  noSharedLanguage: 8,
  samePerson: 16,
} as const;

export const BLOCK_CODES: readonly (keyof typeof BLOCK & ConstraintCode)[] = [
  'reportingLine',
  'excluded',
  'previousPair',
  'noSharedLanguage',
  'samePerson',
];

const CONSENTS: readonly ConsentKind[] = ['voluntary', 'confidentiality', 'dataProcessing'];

/** The consents a participant has not given (all three are required). */
export const missingConsents = (consents: Consents): ConsentKind[] =>
  CONSENTS.filter((kind) => !consents[kind]);

/** Order-independent key of a pair of ids: exclusions and repeats hold whichever side each person is on. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Pair key → note; for a pair listed twice the smallest note wins, so input order never matters. */
const pairNotes = (entries: readonly (readonly [string, string | undefined])[]): Map<string, string | undefined> => {
  const map = new Map<string, string | undefined>();
  for (const [key, note] of entries) {
    const existing = map.get(key);
    map.set(key, existing === undefined || (note !== undefined && note < existing) ? (note ?? existing) : existing);
  }
  return map;
};

export const exclusionMap = (exclusions: readonly Exclusion[]): Map<string, string | undefined> =>
  pairNotes(exclusions.map((e) => [pairKey(e.mentorId, e.menteeId), e.reason] as const));

export const previousMap = (pairs: readonly PreviousPair[]): Map<string, string | undefined> =>
  pairNotes(pairs.map((p) => [pairKey(p.mentorId, p.menteeId), p.roundId] as const));

export type BlockInputs = {
  mentors: readonly PairingParticipant[];
  mentees: readonly PairingParticipant[];
  mentorFeatures: readonly Features[];
  menteeFeatures: readonly Features[];
  graph: OrgGraph;
  exclusions: ReadonlyMap<string, string | undefined>;
  previous: ReadonlyMap<string, string | undefined>;
  forbidRepeatPairs: boolean;
};

/**
 * The hard per-pair constraints as a bit mask per (mentee, mentor), laid out
 * `[menteeIndex * mentorCount + mentorIndex]`. Reporting lines come from one
 * pass over each person's ancestors, so no per-pair graph walk or string work
 * happens in the n² loop.
 */
export const buildBlockMatrix = (b: BlockInputs): Uint8Array => {
  const nm = b.mentors.length;
  const ne = b.mentees.length;
  const blocked = new Uint8Array(nm * ne);
  // Owners 0…nm-1 are mentors, nm…nm+ne-1 mentees.
  const people = [...b.mentors, ...b.mentees];
  const ownersAt = new Map<number, number[]>();
  const nodes = people.map((p, owner) => {
    const node = b.graph.nodeOf(p.email) ?? -1;
    if (node < 0) {
      return node; // no email: nobody to link, and not "the same person" as another blank
    }
    const list = ownersAt.get(node);
    if (list === undefined) {
      ownersAt.set(node, [owner]);
    } else {
      list.push(owner);
    }
    return node;
  });
  const above = ownersAbove(b.graph, nodes, ownersAt, people.length);
  const mark = (mentor: number, mentee: number, bit: number): void => {
    const at = mentee * nm + mentor;
    blocked[at] = (blocked[at] ?? 0) | bit;
  };
  nodes.forEach((node, owner) => {
    for (const other of above.get(node) ?? []) {
      if (owner < nm && other >= nm) {
        mark(owner, other - nm, BLOCK.reportingLine);
      } else if (owner >= nm && other < nm) {
        mark(other, owner - nm, BLOCK.reportingLine);
      }
    }
  });
  // Same email on both sides: one person enrolled twice.
  for (const [, owners] of ownersAt) {
    for (const m of owners) {
      for (const e of owners) {
        if (m < nm && e >= nm) {
          mark(m, e - nm, BLOCK.samePerson);
        }
      }
    }
  }
  const mentorAt = new Map(b.mentors.map((p, i) => [p.id, i]));
  const menteeAt = new Map(b.mentees.map((p, i) => [p.id, i]));
  const markPairs = (keys: Iterable<string>, bit: number): void => {
    for (const key of keys) {
      const [x = '', y = ''] = key.split('\u0000');
      for (const [m, e] of [[x, y], [y, x]] as const) {
        const mi = mentorAt.get(m);
        const ei = menteeAt.get(e);
        if (mi !== undefined && ei !== undefined) {
          mark(mi, ei, bit);
        }
      }
    }
  };
  markPairs(b.exclusions.keys(), BLOCK.excluded);
  if (b.forbidRepeatPairs) {
    markPairs(b.previous.keys(), BLOCK.previousPair);
  }
  markNoSharedLanguage(b.mentorFeatures, b.menteeFeatures, blocked, BLOCK.noSharedLanguage);
  return blocked;
};

/**
 * Every hard constraint a given pair breaks, with the data the UI shows.
 * `alreadyAssigned` is how many other mentees the mentor has (for capacity).
 */
export const describeViolations = (
  b: BlockInputs,
  mentor: { person: PairingParticipant; features: Features; capacity: number },
  mentee: { person: PairingParticipant; features: Features },
  alreadyAssigned: number,
): ConstraintViolation[] => {
  const out: ConstraintViolation[] = [];
  const m = mentor.person;
  const e = mentee.person;
  const node = b.graph.nodeOf(m.email);
  if (node !== undefined && node === b.graph.nodeOf(e.email)) {
    out.push({ code: 'samePerson' });
  } else {
    const chain = chainInGraph(b.graph, m.email, e.email);
    if (chain !== undefined) {
      out.push({ code: 'reportingLine', chain });
    }
  }
  const key = pairKey(m.id, e.id);
  if (b.exclusions.has(key)) {
    const reason = b.exclusions.get(key);
    out.push(reason === undefined ? { code: 'excluded' } : { code: 'excluded', reason });
  }
  if (b.forbidRepeatPairs && b.previous.has(key)) {
    const roundId = b.previous.get(key);
    out.push(roundId === undefined ? { code: 'previousPair' } : { code: 'previousPair', roundId });
  }
  for (const p of [m, e]) {
    const missing = missingConsents(p.consents);
    if (missing.length > 0) {
      out.push({ code: 'missingConsent', participantId: p.id, missing });
    }
  }
  if (alreadyAssigned + 1 > mentor.capacity) {
    out.push({ code: 'mentorCapacity', capacity: mentor.capacity, assigned: alreadyAssigned + 1 });
  }
  if (cannotTalk(mentor.features, mentee.features)) {
    out.push({ code: 'noSharedLanguage' });
  }
  return out;
};
