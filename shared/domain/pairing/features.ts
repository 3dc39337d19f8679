import { PairingInputError } from './pairing.errors';
import type { AvailabilitySlot, MeetingFormat, PairingParticipant } from './pairing.types';
import { FORMAT_IN_PERSON, FORMAT_REMOTE, MAX_LEVEL, MIN_LEVEL, popcount } from './score.kernel';

/** All slots in a fixed order; bit i of an availability mask is `SLOTS[i]`. */
export const SLOTS: readonly AvailabilitySlot[] = [
  'mon-am', 'mon-pm', 'tue-am', 'tue-pm', 'wed-am', 'wed-pm', 'thu-am', 'thu-pm', 'fri-am', 'fri-pm',
];
const SLOT_BIT = new Map<string, number>(SLOTS.map((slot, i) => [slot, 1 << i]));

const FORMAT_BITS: Record<MeetingFormat, number> = {
  in_person: FORMAT_IN_PERSON,
  remote: FORMAT_REMOTE,
  either: FORMAT_IN_PERSON | FORMAT_REMOTE,
};


/**
 * A participant turned into small numbers once, so the n² inner loop compares
 * integers and typed arrays instead of strings.
 */
export type Features = {
  /** Level per topic index; 0 = not offered. */
  offerLevels: Uint8Array;
  wantTopics: Int32Array;
  wantBaselines: Uint8Array;
  department: number;
  /** -1 when unknown. */
  location: number;
  /** Bit set of language indices (32 per word). */
  languageWords: Uint32Array;
  languageCount: number;
  /** -1 when no language is given. */
  firstLanguage: number;
  formats: number;
  availability: number;
  availabilityCount: number;
};

/** Index → display string for the interned values, used when explaining a score. */
export type FeatureTables = { topics: readonly string[]; languages: readonly string[] };

/** Trim + lower-case: how emails, departments, locations and languages are compared. */
export const normaliseKey = (value: string): string => value.trim().toLowerCase();

const intern = (table: Map<string, number>, key: string): number => {
  let index = table.get(key);
  if (index === undefined) {
    index = table.size;
    table.set(key, index);
  }
  return index;
};

const checkLevel = (participantId: string, topic: string, level: number): number => {
  if (!Number.isInteger(level) || level < MIN_LEVEL || level > MAX_LEVEL) {
    throw new PairingInputError('invalidLevel', { participantId, topic, level: String(level) });
  }
  return level;
};

/**
 * Builds the features of all participants with shared intern tables (indices
 * are only comparable within one call).
 */
export const buildFeatures = (
  participants: readonly PairingParticipant[],
): { features: Features[]; tables: FeatureTables } => {
  const topics = new Map<string, number>();
  const languages = new Map<string, number>();
  const departments = new Map<string, number>();
  const locations = new Map<string, number>();
  // First pass interns everything so typed arrays can be sized once.
  for (const p of participants) {
    for (const offer of p.offers) {
      intern(topics, offer.topic);
    }
    for (const want of p.wants) {
      intern(topics, want.topic);
    }
    for (const language of p.languages) {
      const key = normaliseKey(language);
      if (key !== '') {
        intern(languages, key);
      }
    }
  }
  const words = Math.max(1, Math.ceil(languages.size / 32));
  const features = participants.map((p): Features => {
    const offerLevels = new Uint8Array(topics.size);
    for (const offer of p.offers) {
      const t = intern(topics, offer.topic);
      // A topic listed twice counts at its best level.
      offerLevels[t] = Math.max(offerLevels[t] ?? 0, checkLevel(p.id, offer.topic, offer.level));
    }
    const baselines = new Map<number, number>();
    for (const want of p.wants) {
      const t = intern(topics, want.topic);
      const baseline = checkLevel(p.id, want.topic, want.baseline ?? MIN_LEVEL);
      baselines.set(t, Math.min(baselines.get(t) ?? MAX_LEVEL, baseline));
    }
    const wantTopics = Int32Array.from([...baselines.keys()].sort((a, b) => a - b));
    const wantBaselines = Uint8Array.from(wantTopics, (t) => baselines.get(t) ?? MIN_LEVEL);
    const languageWords = new Uint32Array(words);
    let languageCount = 0;
    let firstLanguage = -1;
    for (const language of p.languages) {
      const key = normaliseKey(language);
      if (key === '') {
        continue;
      }
      const l = intern(languages, key);
      const word = l >>> 5;
      const bit = 1 << (l & 31);
      if (((languageWords[word] ?? 0) & bit) === 0) {
        languageWords[word] = (languageWords[word] ?? 0) | bit;
        languageCount += 1;
      }
      if (firstLanguage < 0) {
        firstLanguage = l;
      }
    }
    let availability = 0;
    for (const slot of p.availability) {
      availability |= SLOT_BIT.get(slot) ?? 0;
    }
    const location = p.location === undefined ? '' : normaliseKey(p.location);
    return {
      offerLevels,
      wantTopics,
      wantBaselines,
      department: intern(departments, normaliseKey(p.department)),
      location: location === '' ? -1 : intern(locations, location),
      languageWords,
      languageCount,
      firstLanguage,
      formats: FORMAT_BITS[p.format],
      availability,
      availabilityCount: popcount(availability),
    };
  });
  return { features, tables: { topics: [...topics.keys()], languages: [...languages.keys()] } };
};
