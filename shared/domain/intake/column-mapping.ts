import type { TopicRecord } from '../topics/topic.types';
import { buildTopicLookup } from '../topics/topic-catalogue';
import {
  EXPORT_HEADERS,
  HEADER_ALIASES,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ColumnTarget,
  type ImportField,
} from './column-headers';
import { normaliseToken } from './value-labels';

const headerIndex: Map<string, ImportField> = (() => {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const alias of [
      ...HEADER_ALIASES[field],
      normaliseToken(EXPORT_HEADERS.de[field]),
      normaliseToken(EXPORT_HEADERS.en[field]),
    ]) {
      index.set(alias, field);
    }
  }
  return index;
})();

// "Datum Einwilligung Datenschutz", "Vertraulichkeit unterschrieben am": consent words plus a date word.
const CONSENT_WORDS: [string[], ImportField, ImportField][] = [
  [['freiwillig', 'voluntary'], 'consentVoluntary', 'consentVoluntaryDate'],
  [
    ['vertraulich', 'verschwiegen', 'confidential'],
    'consentConfidentiality',
    'consentConfidentialityDate',
  ],
  [
    ['datenschutz', 'datenverarbeitung', 'dsgvo', 'dataprocessing', 'gdpr', 'privacy'],
    'consentDataProcessing',
    'consentDataProcessingDate',
  ],
];
const DATE_WORDS = ['datum', 'date', 'am', 'vom', 'seit', 'signedon'];

const guessField = (token: string): ImportField | undefined => {
  const exact = headerIndex.get(token);
  if (exact !== undefined) {
    return exact;
  }
  for (const [words, yesField, dateField] of CONSENT_WORDS) {
    if (words.some((w) => token.includes(w))) {
      return DATE_WORDS.some((w) => token.includes(w)) ? dateField : yesField;
    }
  }
  if (/(fuehrungskraft|vorgesetzt|manager)/.test(token) && /mail/.test(token)) {
    return 'managerEmail';
  }
  if (/mail/.test(token)) {
    return 'email';
  }
  return undefined;
};

/**
 * Suggests a mapping from header names in German or English. Each field is taken by
 * its first matching column; a header naming a catalogue topic ("KI-Assistenten",
 * "Thema: LinkedIn") becomes a per-topic level column; everything else is ignored.
 */
export const suggestMapping = (
  header: readonly string[],
  catalogue: readonly TopicRecord[],
): ColumnMapping => {
  const lookup = buildTopicLookup(catalogue);
  const used = new Set<string>();
  return header.map((raw): ColumnTarget => {
    const token = normaliseToken(raw);
    const field = token === '' ? undefined : guessField(token);
    if (field !== undefined && !used.has(field)) {
      used.add(field);
      return { kind: 'field', field };
    }
    const topicId = lookup(raw.replace(/^\s*(thema|topic)\s*[:\-–]\s*/i, ''));
    if (topicId !== undefined && !used.has(`topic:${topicId}`)) {
      used.add(`topic:${topicId}`);
      return { kind: 'topic', topicId };
    }
    return { kind: 'ignore' };
  });
};
