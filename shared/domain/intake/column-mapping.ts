import type { TopicRecord } from '../topics/topic.types';
import { buildTopicLookup } from '../topics/topic-catalogue';
import { normaliseToken, type ExportLanguage } from './value-labels';

/** Participant fields a column can feed. Consents come as a yes/no column plus a date column. */
export const IMPORT_FIELDS = [
  'role',
  'firstName',
  'lastName',
  'email',
  'department',
  'jobTitle',
  'careerStage',
  'managerEmail',
  'location',
  'languages',
  'availability',
  'meetingFormat',
  'topics',
  'learnFromOther',
  'motivation',
  'capacity',
  'consentVoluntary',
  'consentVoluntaryDate',
  'consentConfidentiality',
  'consentConfidentialityDate',
  'consentDataProcessing',
  'consentDataProcessingDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What one column feeds: a field, the level of one topic ("one column per topic"), or nothing. */
export type ColumnTarget = { kind: 'field'; field: ImportField } | { kind: 'topic'; topicId: string } | { kind: 'ignore' };

/** One target per column, in column order (same length as the header). Editable by the user. */
export type ColumnMapping = ColumnTarget[];

/** Column headers the export writes; the importer recognises all of them (round trip). */
export const EXPORT_HEADERS: Record<ExportLanguage, Record<ImportField, string>> = {
  de: {
    role: 'Rolle',
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail',
    department: 'Abteilung',
    jobTitle: 'Position',
    careerStage: 'Karrierestufe',
    managerEmail: 'Führungskraft E-Mail',
    location: 'Standort',
    languages: 'Sprachen',
    availability: 'Verfügbarkeit',
    meetingFormat: 'Treffen-Format',
    topics: 'Themen',
    learnFromOther: 'Lernwunsch',
    motivation: 'Motivation',
    capacity: 'Kapazität',
    consentVoluntary: 'Freiwilligkeit',
    consentVoluntaryDate: 'Freiwilligkeit Datum',
    consentConfidentiality: 'Vertraulichkeit',
    consentConfidentialityDate: 'Vertraulichkeit Datum',
    consentDataProcessing: 'Datenschutz',
    consentDataProcessingDate: 'Datenschutz Datum',
  },
  en: {
    role: 'Role',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    department: 'Department',
    jobTitle: 'Job title',
    careerStage: 'Career stage',
    managerEmail: 'Manager email',
    location: 'Location',
    languages: 'Languages',
    availability: 'Availability',
    meetingFormat: 'Meeting format',
    topics: 'Topics',
    learnFromOther: 'Learn from other side',
    motivation: 'Motivation',
    capacity: 'Capacity',
    consentVoluntary: 'Voluntary participation',
    consentVoluntaryDate: 'Voluntary participation date',
    consentConfidentiality: 'Confidentiality agreement',
    consentConfidentialityDate: 'Confidentiality agreement date',
    consentDataProcessing: 'Data processing',
    consentDataProcessingDate: 'Data processing date',
  },
};

/** Further header spellings (normalised with {@link normaliseToken}). */
const HEADER_ALIASES: Record<ImportField, string[]> = {
  role: ['rolle', 'role', 'teilnahmeals', 'typ', 'type', 'mentormentee', 'funktionimprogramm'],
  firstName: ['vorname', 'firstname', 'givenname', 'first', 'rufname'],
  lastName: ['nachname', 'lastname', 'familyname', 'surname', 'familienname', 'name'],
  email: ['email', 'mail', 'emailadresse', 'mailadresse', 'emailaddress', 'dienstlicheemail', 'workemail', 'emailmitarbeiter'],
  department: ['abteilung', 'department', 'bereich', 'dept', 'organisationseinheit', 'orgeinheit', 'kostenstelle', 'unit'],
  jobTitle: ['position', 'jobtitle', 'funktion', 'stellenbezeichnung', 'titel', 'title', 'jobbezeichnung', 'job', 'rolleimunternehmen'],
  careerStage: ['karrierestufe', 'careerstage', 'hierarchieebene', 'ebene', 'stufe', 'hierarchylevel', 'karrierestatus', 'seniority', 'senioritaet'],
  managerEmail: [
    'fuehrungskraftemail', 'fuehrungskraftmail', 'fuehrungskraft', 'vorgesetzteremail', 'vorgesetzteemail', 'vorgesetzter',
    'vorgesetzte', 'manageremail', 'manager', 'linemanager', 'linemanageremail', 'managermail', 'emailfuehrungskraft',
    'emailvorgesetzter', 'reportsto', 'disziplinarischevorgesetzte', 'disziplinarischervorgesetzter',
  ],
  location: ['standort', 'location', 'ort', 'office', 'buero', 'arbeitsort', 'city', 'stadt'],
  languages: ['sprachen', 'sprache', 'languages', 'language', 'sprachkenntnisse'],
  availability: ['verfuegbarkeit', 'availability', 'zeiten', 'zeitfenster', 'verfuegbar', 'termine', 'wannverfuegbar'],
  meetingFormat: ['format', 'treffenformat', 'meetingformat', 'treffformat', 'formatpraeferenz', 'treffen', 'praesenzoderonline'],
  topics: ['themen', 'topics', 'thema', 'topic', 'themenlevel', 'themenmitlevel', 'angebotenethemen', 'gewuenschtethemen', 'themeninteressen', 'digitalthemen'],
  learnFromOther: ['lernwunsch', 'lernwuensche', 'learnfromother', 'learnfromotherside', 'moechtelernen', 'wantstolearn', 'lernziele', 'lernenvonderanderenseite'],
  motivation: ['motivation', 'motivationstext', 'warum', 'why', 'anmerkungen', 'kommentar'],
  capacity: ['kapazitaet', 'capacity', 'anzahlmentees', 'maxmentees', 'mentees'],
  consentVoluntary: ['freiwilligkeit', 'freiwillig', 'voluntary', 'voluntaryparticipation', 'freiwilligeteilnahme', 'einwilligungfreiwilligkeit'],
  consentVoluntaryDate: ['freiwilligkeitdatum', 'datumfreiwilligkeit', 'voluntarydate', 'freiwilligdatum', 'freiwilligeteilnahmedatum', 'voluntaryparticipationdate'],
  consentConfidentiality: ['vertraulichkeit', 'verschwiegenheit', 'confidentiality', 'vertraulichkeitsvereinbarung', 'confidentialityagreement', 'verschwiegenheitserklaerung'],
  consentConfidentialityDate: ['vertraulichkeitdatum', 'datumvertraulichkeit', 'confidentialitydate', 'vertraulichkeitsvereinbarungdatum', 'confidentialityagreementdate', 'verschwiegenheitdatum'],
  consentDataProcessing: ['datenschutz', 'datenverarbeitung', 'dataprocessing', 'einwilligungdatenschutz', 'dsgvo', 'datenschutzeinwilligung', 'gdpr', 'privacy'],
  consentDataProcessingDate: ['datenschutzdatum', 'datenverarbeitungdatum', 'dataprocessingdate', 'datumdatenschutz', 'dsgvodatum', 'gdprdate', 'privacydate'],
};

const headerIndex: Map<string, ImportField> = (() => {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const alias of [...HEADER_ALIASES[field], normaliseToken(EXPORT_HEADERS.de[field]), normaliseToken(EXPORT_HEADERS.en[field])]) {
      index.set(alias, field);
    }
  }
  return index;
})();

// "Datum Einwilligung Datenschutz", "Vertraulichkeit unterschrieben am": consent words plus a date word.
const CONSENT_WORDS: [string[], ImportField, ImportField][] = [
  [['freiwillig', 'voluntary'], 'consentVoluntary', 'consentVoluntaryDate'],
  [['vertraulich', 'verschwiegen', 'confidential'], 'consentConfidentiality', 'consentConfidentialityDate'],
  [['datenschutz', 'datenverarbeitung', 'dsgvo', 'dataprocessing', 'gdpr', 'privacy'], 'consentDataProcessing', 'consentDataProcessingDate'],
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
export const suggestMapping = (header: readonly string[], catalogue: readonly TopicRecord[]): ColumnMapping => {
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
