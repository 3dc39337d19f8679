import type { PairingInput, PairingParticipant } from '../../../shared/domain/pairing';

let sequence = 0;
const nextId = (prefix: string): string => {
  sequence += 1;
  return `${prefix}-${String(sequence).padStart(4, '0')}`;
};

const base = (role: PairingParticipant['role'], id: string): PairingParticipant => ({
  id,
  role,
  name: id,
  email: `${id}@example.org`,
  department: role === 'mentor' ? 'IT' : 'Sales',
  languages: ['de'],
  location: 'Berlin',
  format: 'either',
  availability: ['mon-am', 'tue-pm'],
  offers: [],
  wants: [],
  consents: { voluntary: true, confidentiality: true, dataProcessing: true },
});

/** A consenting mentor in IT who speaks German; override anything. */
export const makeMentor = (overrides: Partial<PairingParticipant> = {}): PairingParticipant => {
  const id = overrides.id ?? nextId('mentor');
  return { ...base('mentor', id), offers: [{ topic: 'ai', level: 5 }], ...overrides, role: 'mentor' };
};

/** A consenting mentee in Sales who speaks German and wants to learn about AI; override anything. */
export const makeMentee = (overrides: Partial<PairingParticipant> = {}): PairingParticipant => {
  const id = overrides.id ?? nextId('mentee');
  return { ...base('mentee', id), wants: [{ topic: 'ai', baseline: 1 }], ...overrides, role: 'mentee' };
};

export const makeInput = (overrides: Partial<PairingInput> = {}): PairingInput => ({
  participants: [],
  ...overrides,
});

/** Deterministic PRNG (mulberry32) so generated organisations are reproducible. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
