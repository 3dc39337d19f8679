import type { AvailabilitySlot, TopicRating } from '../participants/participant.schema';
import type {
  CareerStage,
  DaySlot,
  MeetingFormat,
  ParticipantRole,
  Weekday,
} from '../participants/participant.constants';
import { DAY_SLOTS } from '../participants/participant.constants';
import { VALIDATION_KEYS as V, type ValidationKey } from '../participants/validation-keys';
import { VALUE_ALIASES, VALUE_LABELS, buildValueIndex, normaliseToken } from './value-labels';

/** Result of reading one cell: a value, or an i18n key with the offending text. */
export type CellResult<T> =
  { ok: true; value: T } | { ok: false; key: ValidationKey; params?: Record<string, string> };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(key: ValidationKey, text?: string): CellResult<T> =>
  text === undefined
    ? { ok: false, key }
    : { ok: false, key, params: { value: text.slice(0, 80) } };

const labels = [VALUE_LABELS.de, VALUE_LABELS.en] as const;
const careerIndex = buildValueIndex<CareerStage>(
  labels.map((l) => l.careerStage),
  VALUE_ALIASES.careerStage,
);
const formatIndex = buildValueIndex<MeetingFormat>(
  labels.map((l) => l.meetingFormat),
  VALUE_ALIASES.meetingFormat,
);
const weekdayIndex = buildValueIndex<Weekday>(
  labels.map((l) => l.weekday),
  VALUE_ALIASES.weekday,
);
const slotIndex = buildValueIndex<DaySlot>(
  labels.map((l) => l.slot),
  VALUE_ALIASES.slot,
);
const languageIndex = buildValueIndex<string>([], VALUE_ALIASES.language);
const YES = new Set(VALUE_ALIASES.yes);
const NO = new Set(VALUE_ALIASES.no);
const ALL_DAY = new Set(['ganztags', 'ganztaegig', 'allday', 'ganzertag', 'fullday']);

/** Splits a list cell on `;`, `,`, `|` and line breaks, dropping blanks. */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[;,|\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** "Mentor", "Mentorin", "Mentor:in", "mentee" … → role. */
export const parseRole = (cell: string): CellResult<ParticipantRole> => {
  const token = normaliseToken(cell);
  if (token.startsWith('mentor')) {
    return ok('mentor');
  }
  if (token.startsWith('mentee')) {
    return ok('mentee');
  }
  return fail(token === '' ? V.required : V.roleInvalid, cell);
};

export const parseCareerStage = (cell: string): CellResult<CareerStage> => {
  const found = careerIndex.get(normaliseToken(cell));
  return found === undefined ? fail(V.careerStageInvalid, cell) : ok(found);
};

export const parseMeetingFormat = (cell: string): CellResult<MeetingFormat> => {
  const found = formatIndex.get(normaliseToken(cell));
  return found === undefined ? fail(V.meetingFormatInvalid, cell) : ok(found);
};

/** "ja", "x", "yes", "true", "1" → true; "nein", "no", "" → false. */
export const parseYesNo = (cell: string): CellResult<boolean> => {
  const token = normaliseToken(cell.replace(/[✓✔☑]/g, 'x'));
  if (token === '' || NO.has(token)) {
    return ok(false);
  }
  return YES.has(token) ? ok(true) : fail(V.consentValueInvalid, cell);
};

const pad = (n: number): string => String(n).padStart(2, '0');

const isoIfReal = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1900 && year <= 2199
    ? `${String(year)}-${pad(month)}-${pad(day)}`
    : undefined;
};

/**
 * German (28.11.2026, 28.11.26, 28/11/2026) and ISO (2026-11-28, with or without a
 * time part) dates → `YYYY-MM-DD`. Two-digit years are 20xx.
 */
export const parseDate = (cell: string): CellResult<string> => {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const german = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
  let result: string | undefined;
  if (iso !== null) {
    result = isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  } else if (german !== null) {
    const year = Number(german[3]);
    result = isoIfReal(year < 100 ? 2000 + year : year, Number(german[2]), Number(german[1]));
  }
  return result === undefined ? fail(V.dateInvalid, cell) : ok(result);
};

/** "Deutsch, Englisch", "de/en", "German; English" → ['de', 'en']; unknown words pass on for the schema to judge. */
export const parseLanguages = (cell: string): string[] => [
  ...new Set(
    cell
      .split(/[;,|/\n\s]+/)
      .filter((part) => part !== '')
      .map((part) => languageIndex.get(normaliseToken(part)) ?? part.toLowerCase()),
  ),
];

/** "Mo vormittags; Di nachmittags; Fr", "mon-morning", "Mi ganztags" → slots (a day alone means both). */
export const parseAvailability = (cell: string): CellResult<AvailabilitySlot[]> => {
  const slots: AvailabilitySlot[] = [];
  for (const part of splitList(cell)) {
    const words = part
      .split(/[\s\-_/]+/)
      .map(normaliseToken)
      .filter((w) => w !== '');
    const day = weekdayIndex.get(words[0] ?? '');
    const rest = words.slice(1);
    const slot = rest.length === 1 ? slotIndex.get(rest[0] ?? '') : undefined;
    const whole = rest.length === 0 || (rest.length === 1 && ALL_DAY.has(rest[0] ?? ''));
    if (day === undefined || (slot === undefined && !whole)) {
      return fail(V.availabilityInvalid, part);
    }
    for (const s of slot === undefined ? DAY_SLOTS : [slot]) {
      if (!slots.some((x) => x.day === day && x.slot === s)) {
        slots.push({ day, slot: s });
      }
    }
  }
  return ok(slots);
};

/** A level cell of a per-topic column: 1–5, or a yes mark meaning `defaultLevel`; blank → undefined. */
export const parseLevel = (cell: string, defaultLevel: number): CellResult<number | undefined> => {
  const text = cell.trim();
  if (text === '' || NO.has(normaliseToken(text))) {
    return ok(undefined);
  }
  if (/^\d+([.,]0+)?$/.test(text)) {
    const level = Number.parseInt(text, 10);
    return level >= 1 && level <= 5 ? ok(level) : fail(V.topicLevelInvalid, cell);
  }
  return YES.has(normaliseToken(text)) ? ok(defaultLevel) : fail(V.topicLevelInvalid, cell);
};

/**
 * "KI-Assistenten:4; LinkedIn=3; IT-Sicherheit (2); Agiles Arbeiten" → ratings, names
 * looked up in the catalogue (either language or id); a missing level is `defaultLevel`.
 */
export const parseTopicList = (
  cell: string,
  lookup: (label: string) => string | undefined,
  defaultLevel: number,
): CellResult<TopicRating[]> => {
  const ratings: TopicRating[] = [];
  for (const part of splitList(cell)) {
    const match = /^(.*?)\s*(?:[:=]\s*(\S+)|\(\s*(\S+)\s*\))?$/.exec(part);
    const name = match?.[1] ?? part;
    const topicId = lookup(name);
    if (topicId === undefined) {
      return fail(V.topicUnknown, name);
    }
    const levelText = match?.[2] ?? match?.[3];
    const level = levelText === undefined ? ok(defaultLevel) : parseLevel(levelText, defaultLevel);
    if (!level.ok || level.value === undefined) {
      return fail(V.topicLevelInvalid, part);
    }
    if (!ratings.some((r) => r.topicId === topicId)) {
      ratings.push({ topicId, level: level.value });
    }
  }
  return ok(ratings);
};

/** "Teams führen; Verhandlungsführung" → topic ids. */
export const parseTopicIds = (
  cell: string,
  lookup: (label: string) => string | undefined,
): CellResult<string[]> => {
  const ids: string[] = [];
  for (const name of splitList(cell)) {
    const id = lookup(name);
    if (id === undefined) {
      return fail(V.topicUnknown, name);
    }
    if (!ids.includes(id)) {
      ids.push(id);
    }
  }
  return ok(ids);
};

/** "1"/"2" (also "2,0" from Excel); blank means 1. */
export const parseCapacity = (cell: string): CellResult<number> => {
  const text = cell.trim().replace(/[.,]0+$/, '');
  if (text === '') {
    return ok(1);
  }
  return text === '1' || text === '2' ? ok(Number(text)) : fail(V.capacityInvalid, cell);
};
