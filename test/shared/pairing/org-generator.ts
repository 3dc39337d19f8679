import type { AvailabilitySlot, MeetingFormat, OrgLink, PairingInput, PairingParticipant } from '../../../shared/domain/pairing';
import { SLOTS } from '../../../shared/domain/pairing';
import { seededRandom } from './factories';

export type OrgOptions = {
  mentors: number;
  mentees: number;
  /** Org chart size as a multiple of the participants. */
  employeesPerParticipant?: number;
  topics?: number;
  languages?: readonly string[];
  seed?: number;
};

const FORMATS: readonly MeetingFormat[] = ['in_person', 'remote', 'either', 'either'];

/**
 * A realistic-ish organisation: a management tree with a few cycles and dangling
 * managers, seniors (mentees) drawn from the upper half, juniors (mentors) from
 * the leaves, a dozen topics, a few languages, departments and sites.
 */
export const generateOrganisation = (options: OrgOptions): PairingInput => {
  const rand = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const topics = Array.from({ length: options.topics ?? 12 }, (_, i) => `topic-${i}`);
  const languages = options.languages ?? ['de', 'en', 'fr'];
  const departments = Array.from({ length: 20 }, (_, i) => `dept-${i}`);
  const locations = ['Berlin', 'Hamburg', 'München', 'Köln', 'Stuttgart'];
  const participantCount = options.mentors + options.mentees;
  const employees = Math.max(participantCount, participantCount * (options.employeesPerParticipant ?? 10));
  const email = (i: number): string => `e${i}@corp.example`;
  const orgLinks: OrgLink[] = [];
  // Employee i reports to someone earlier: a tree whose early nodes are senior.
  for (let i = 1; i < employees; i += 1) {
    orgLinks.push({ employeeEmail: email(i), managerEmail: email(Math.floor(rand() * Math.min(i, 1 + i / 4))) });
  }
  // A few cycles and links to people outside the chart, as real HR exports have.
  for (let k = 0; k < Math.ceil(employees / 2000); k += 1) {
    orgLinks.push({ employeeEmail: email(Math.floor(rand() * 50)), managerEmail: email(Math.floor(rand() * employees)) });
    orgLinks.push({ employeeEmail: email(Math.floor(rand() * employees)), managerEmail: `gone${k}@corp.example` });
  }
  const seniors = Array.from({ length: Math.floor(employees / 2) }, (_, i) => i);
  const juniors = Array.from({ length: employees - seniors.length }, (_, i) => i + seniors.length);
  const draw = (pool: number[], n: number): number[] => {
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(rand() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
    }
    return pool.slice(0, n);
  };
  const slots = (): AvailabilitySlot[] => SLOTS.filter(() => rand() < 0.3);
  const langs = (): string[] => {
    const first = rand() < 0.7 ? languages[0] ?? 'de' : pick(languages);
    return rand() < 0.5 ? [first, pick(languages)] : [first];
  };
  const person = (role: 'mentor' | 'mentee', e: number): PairingParticipant => ({
    id: `${role}-${e}`,
    role,
    name: `Person ${e}`,
    email: rand() < 0.1 ? email(e).toUpperCase() : email(e),
    department: pick(departments),
    ...(rand() < 0.3 ? { managerEmail: email(Math.floor(rand() * Math.max(1, e))) } : {}),
    languages: langs(),
    location: pick(locations),
    format: pick(FORMATS),
    availability: slots(),
    offers: draw([...topics.keys()], 3).map((t) => ({ topic: topics[t] ?? '', level: 1 + Math.floor(rand() * 5) })),
    wants: draw([...topics.keys()], 3).map((t) => ({ topic: topics[t] ?? '', baseline: 1 + Math.floor(rand() * 4) })),
    consents: { voluntary: true, confidentiality: true, dataProcessing: rand() > 0.01 },
    ...(role === 'mentor' && rand() < 0.1 ? { capacity: 2 } : {}),
  });
  const participants = [
    ...draw(juniors, options.mentors).map((e) => person('mentor', e)),
    ...draw(seniors, options.mentees).map((e) => person('mentee', e)),
  ];
  return { participants, orgLinks, previousPairs: [], exclusions: [] };
};
