import type { ConsentKind } from '../participants/participant.constants';
import type { TopicRating } from '../participants/participant.schema';
import { VALIDATION_KEYS as V, type ValidationKey } from '../participants/validation-keys';
import {
  parseAvailability,
  parseCapacity,
  parseCareerStage,
  parseDate,
  parseLanguages,
  parseLevel,
  parseMeetingFormat,
  parseRole,
  parseTopicIds,
  parseTopicList,
  parseYesNo,
  type CellResult,
} from './cell-parsers';
import type { ColumnMapping, ImportField } from './column-headers';

/** One problem in one row; `field` is the import field (or `topic:<id>` for a per-topic column). */
export type RowIssue = {
  /** Spreadsheet row number (header = row 1). */
  row: number;
  field: string;
  /** Header of the column the problem came from, when one is mapped. */
  column?: string;
  key: ValidationKey;
  params?: Record<string, string>;
};

/** Choices that are not in the file; the UI can offer them next to the mapping. */
export type MappingOptions = {
  /** Level for a topic named without one ("LinkedIn" or an "x" in a topic column). Default 3. */
  defaultTopicLevel?: number;
  /** Languages when the column is missing or blank. Default ['de']. */
  defaultLanguages?: string[];
  /** Date (`YYYY-MM-DD`) for consents marked given without a date; none → the row is an error. */
  consentDateFallback?: string;
};

/** Row data after reading the cells, before the schema: shaped like `ParticipantInputValues`. */
export type MappedRow = { candidate: Record<string, unknown>; issues: Omit<RowIssue, 'row'>[] };

const CONSENT_COLUMNS: [ConsentKind, ImportField, ImportField][] = [
  ['voluntary', 'consentVoluntary', 'consentVoluntaryDate'],
  ['confidentiality', 'consentConfidentiality', 'consentConfidentialityDate'],
  ['dataProcessing', 'consentDataProcessing', 'consentDataProcessingDate'],
];

/**
 * Reads one row through the mapping. Cell-level problems (unknown topic, bad date)
 * become issues and their field is left out; the schema judges the rest.
 */
export const mapRow = (
  cells: readonly string[],
  header: readonly string[],
  mapping: ColumnMapping,
  lookup: (label: string) => string | undefined,
  options: MappingOptions = {},
): MappedRow => {
  const defaultLevel = options.defaultTopicLevel ?? 3;
  const byField = new Map<ImportField, { text: string; column: string }>();
  const topicColumns: { topicId: string; text: string; column: string }[] = [];
  mapping.forEach((target, i) => {
    const text = cells[i] ?? '';
    const column = header[i] ?? '';
    if (target.kind === 'field') {
      byField.set(target.field, { text, column });
    } else if (target.kind === 'topic') {
      topicColumns.push({ topicId: target.topicId, text, column });
    }
  });

  const issues: Omit<RowIssue, 'row'>[] = [];
  const candidate: Record<string, unknown> = {};
  const text = (field: ImportField): string => byField.get(field)?.text.trim() ?? '';
  const take = <T>(field: ImportField, result: CellResult<T>): T | undefined => {
    if (result.ok) {
      return result.value;
    }
    const column = byField.get(field)?.column;
    issues.push({
      field,
      key: result.key,
      ...(column === undefined ? {} : { column }),
      ...(result.params ? { params: result.params } : {}),
    });
    return undefined;
  };
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) {
      candidate[key] = value;
    }
  };

  const role = take('role', parseRole(text('role')));
  set('role', role);
  for (const field of [
    'firstName',
    'lastName',
    'email',
    'department',
    'jobTitle',
    'managerEmail',
    'location',
    'motivation',
  ] as const) {
    candidate[field] = text(field);
  }
  candidate.careerStage =
    text('careerStage') === ''
      ? role === 'mentee'
        ? 'manager'
        : 'career_starter'
      : take('careerStage', parseCareerStage(text('careerStage')));
  const languages = parseLanguages(text('languages'));
  candidate.languages = languages.length > 0 ? languages : (options.defaultLanguages ?? ['de']);
  set('availability', take('availability', parseAvailability(text('availability'))));
  candidate.meetingFormat =
    text('meetingFormat') === ''
      ? 'either'
      : take('meetingFormat', parseMeetingFormat(text('meetingFormat')));
  set('capacity', take('capacity', parseCapacity(text('capacity'))));
  set('learnFromOther', take('learnFromOther', parseTopicIds(text('learnFromOther'), lookup)));

  const topics = take('topics', parseTopicList(text('topics'), lookup, defaultLevel));
  if (topics !== undefined) {
    const all: TopicRating[] = [...topics];
    for (const col of topicColumns) {
      const level = parseLevel(col.text, defaultLevel);
      if (!level.ok) {
        issues.push({
          field: `topic:${col.topicId}`,
          column: col.column,
          key: level.key,
          ...(level.params ? { params: level.params } : {}),
        });
      } else if (level.value !== undefined && !all.some((t) => t.topicId === col.topicId)) {
        all.push({ topicId: col.topicId, level: level.value });
      }
    }
    candidate.topics = all;
  }

  const consents: Record<string, unknown> = {};
  for (const [kind, givenField, dateField] of CONSENT_COLUMNS) {
    const givenText = text(givenField);
    // A date in the yes/no column ("28.11.2026") means given on that day.
    const dateInGiven = givenText === '' ? undefined : parseDate(givenText);
    const given = dateInGiven?.ok === true ? true : take(givenField, parseYesNo(givenText));
    const dateText = text(dateField);
    let date: string | null | undefined = dateInGiven?.ok === true ? dateInGiven.value : null;
    if (dateText !== '') {
      date = take(dateField, parseDate(dateText));
    }
    if (given === true && date === null && options.consentDateFallback !== undefined) {
      date = options.consentDateFallback;
    }
    // A failed cell already produced an issue; the placeholder keeps the schema from adding a second one.
    consents[kind] = { given: given ?? false, date: given === true ? (date ?? null) : null };
  }
  candidate.consents = consents;
  return { candidate, issues };
};

/** Maps a schema issue path (`consents.voluntary.date`, `topics.1.level`) back to an import field. */
export const fieldOfPath = (path: readonly PropertyKey[]): ImportField | undefined => {
  const [first, second, third] = path;
  if (first === 'consents') {
    const column = CONSENT_COLUMNS.find(([kind]) => kind === second);
    return column === undefined ? undefined : third === 'date' ? column[2] : column[1];
  }
  return typeof first === 'string' ? (first as ImportField) : undefined;
};

/** Fallback key when a schema issue carries no i18n key (never expected; keeps the UI honest). */
export const asValidationKey = (message: string): ValidationKey =>
  (Object.values(V) as string[]).includes(message) ? (message as ValidationKey) : V.invalid;
