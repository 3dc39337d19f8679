import type {
  CareerStage,
  DaySlot,
  MeetingFormat,
  ParticipantRole,
  Weekday,
} from '../participants/participant.constants';

export type ExportLanguage = 'de' | 'en';

/**
 * Cell texts written by the export, per language. The importer recognises these in
 * both languages plus the common variants in {@link VALUE_ALIASES}.
 */
export const VALUE_LABELS = {
  de: {
    role: { mentor: 'Mentor', mentee: 'Mentee' } satisfies Record<ParticipantRole, string>,
    careerStage: {
      trainee: 'Trainee',
      career_starter: 'Berufseinsteiger',
      high_potential: 'High Potential',
      alumnus: 'Alumni',
      team_lead: 'Teamleitung',
      manager: 'Führungskraft',
      senior_manager: 'Obere Führungskraft',
      executive: 'Geschäftsleitung',
    } satisfies Record<CareerStage, string>,
    meetingFormat: { in_person: 'Vor Ort', remote: 'Online', either: 'Beides' } satisfies Record<
      MeetingFormat,
      string
    >,
    weekday: { mon: 'Mo', tue: 'Di', wed: 'Mi', thu: 'Do', fri: 'Fr' } satisfies Record<
      Weekday,
      string
    >,
    slot: { morning: 'vormittags', afternoon: 'nachmittags' } satisfies Record<DaySlot, string>,
    yes: 'ja',
    no: 'nein',
  },
  en: {
    role: { mentor: 'Mentor', mentee: 'Mentee' },
    careerStage: {
      trainee: 'Trainee',
      career_starter: 'Career starter',
      high_potential: 'High potential',
      alumnus: 'Alumnus',
      team_lead: 'Team lead',
      manager: 'Manager',
      senior_manager: 'Senior manager',
      executive: 'Executive',
    },
    meetingFormat: { in_person: 'In person', remote: 'Remote', either: 'Either' },
    weekday: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri' },
    slot: { morning: 'morning', afternoon: 'afternoon' },
    yes: 'yes',
    no: 'no',
  },
} as const;

/**
 * Normalises a header or value for matching: lower case, umlauts spelled out,
 * everything but letters and digits removed ("Führungskraft E-Mail" → "fuehrungskraftemail").
 */
export const normaliseToken = (value: string): string =>
  value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');

/** Extra spellings seen in HR spreadsheets, already normalised with {@link normaliseToken}. */
export const VALUE_ALIASES = {
  careerStage: {
    trainee: [
      'azubi',
      'auszubildende',
      'auszubildender',
      'auszubildendee',
      'werkstudent',
      'werkstudentin',
      'praktikant',
      'praktikantin',
      'dualstudent',
      'dualstudentin',
    ],
    career_starter: [
      'berufseinsteigerin',
      'berufseinsteigerinnen',
      'einsteiger',
      'junior',
      'youngprofessional',
      'absolvent',
      'absolventin',
    ],
    high_potential: ['hipo', 'highpotentials', 'nachwuchsfuehrungskraft', 'talent'],
    alumnus: ['alumna', 'alumnus', 'ehemalige', 'ehemaliger'],
    team_lead: [
      'teamleiter',
      'teamleiterin',
      'teamleader',
      'teamlead',
      'gruppenleiter',
      'gruppenleiterin',
      'gruppenleitung',
    ],
    manager: [
      'managerin',
      'abteilungsleiter',
      'abteilungsleiterin',
      'abteilungsleitung',
      'fuehrungskraft',
      'linemanager',
    ],
    senior_manager: [
      'seniormanagerin',
      'bereichsleiter',
      'bereichsleiterin',
      'bereichsleitung',
      'direktor',
      'direktorin',
      'director',
      'headof',
      'oberefuehrungskraft',
    ],
    executive: [
      'vorstand',
      'vorstaendin',
      'geschaeftsfuehrer',
      'geschaeftsfuehrerin',
      'geschaeftsfuehrung',
      'topmanagement',
      'clevel',
      'ceo',
      'cfo',
      'cto',
      'coo',
      'cio',
      'vp',
      'vicepresident',
    ],
  } satisfies Record<CareerStage, string[]>,
  meetingFormat: {
    in_person: ['praesenz', 'persoenlich', 'vorort', 'inperson', 'onsite', 'buero', 'office'],
    remote: ['online', 'remote', 'virtuell', 'video', 'digital', 'teams', 'zoom'],
    either: ['beides', 'egal', 'hybrid', 'either', 'both', 'flexibel', 'flexible', 'beliebig'],
  } satisfies Record<MeetingFormat, string[]>,
  weekday: {
    mon: ['mo', 'mon', 'montag', 'monday'],
    tue: ['di', 'tu', 'tue', 'dienstag', 'tuesday'],
    wed: ['mi', 'we', 'wed', 'mittwoch', 'wednesday'],
    thu: ['do', 'th', 'thu', 'donnerstag', 'thursday'],
    fri: ['fr', 'fri', 'freitag', 'friday'],
  } satisfies Record<Weekday, string[]>,
  slot: {
    morning: ['vormittag', 'vormittags', 'vm', 'morgens', 'morning', 'mornings', 'am', 'vorm'],
    afternoon: ['nachmittag', 'nachmittags', 'nm', 'afternoon', 'afternoons', 'pm', 'nachm'],
  } satisfies Record<DaySlot, string[]>,
  yes: [
    'ja',
    'j',
    'yes',
    'y',
    'x',
    'true',
    'wahr',
    '1',
    'erteilt',
    'liegtvor',
    'unterschrieben',
    'given',
    'signed',
    'ok',
  ],
  no: ['nein', 'n', 'no', 'false', 'falsch', '0', 'offen', 'fehlt', 'missing'],
  language: {
    de: ['deutsch', 'german', 'ger', 'deu'],
    en: ['englisch', 'english', 'eng'],
    fr: ['franzoesisch', 'french', 'fra', 'fre'],
    es: ['spanisch', 'spanish', 'spa'],
    it: ['italienisch', 'italian', 'ita'],
    pl: ['polnisch', 'polish', 'pol'],
    tr: ['tuerkisch', 'turkish', 'tur'],
    nl: ['niederlaendisch', 'dutch', 'nld'],
    pt: ['portugiesisch', 'portuguese', 'por'],
    ru: ['russisch', 'russian', 'rus'],
    uk: ['ukrainisch', 'ukrainian', 'ukr'],
    ar: ['arabisch', 'arabic', 'ara'],
    zh: ['chinesisch', 'chinese', 'zho'],
  } as Record<string, string[]>,
};

/** Builds a token → value map from labels of both languages plus aliases. */
export const buildValueIndex = <K extends string>(
  labels: readonly Record<K, string>[],
  aliases: Record<K, readonly string[]>,
): Map<string, K> => {
  const index = new Map<string, K>();
  for (const [key, spellings] of Object.entries(aliases) as [K, readonly string[]][]) {
    index.set(normaliseToken(key), key);
    for (const spelling of spellings) {
      index.set(spelling, key);
    }
  }
  for (const set of labels) {
    for (const [key, label] of Object.entries(set) as [K, string][]) {
      index.set(normaliseToken(label), key);
    }
  }
  return index;
};
