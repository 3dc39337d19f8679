import { SEED_TOPICS } from '../../../shared/domain/topics';

export const catalogue = SEED_TOPICS;

/** Builds a Windows-1252 byte buffer from text (only characters that code page has). */
export const toWindows1252 = (text: string): Buffer => {
  const high: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Buffer.from(Array.from(text, (c) => high[c] ?? c.charCodeAt(0)));
};

export const GERMAN_HEADER =
  'Rolle;Vorname;Nachname;E-Mail;Abteilung;Position;Karrierestufe;Führungskraft E-Mail;Standort;Sprachen;Verfügbarkeit;Format;Themen;Lernwunsch;Motivation;Freiwilligkeit;Freiwilligkeit Datum;Vertraulichkeit;Vertraulichkeit Datum;Datenschutz;Datenschutz Datum';

/** One German CSV data line for person `i` (semicolon, German dates and labels). */
export const germanRow = (
  i: number,
  overrides: Partial<Record<'role' | 'email' | 'topics' | 'date', string>> = {},
): string =>
  [
    overrides.role ?? (i % 2 === 0 ? 'Mentorin' : 'Mentee'),
    `Vorname${String(i)}`,
    `Müller-${String(i)}`,
    overrides.email ?? `person${String(i)}@example.de`,
    ['Vertrieb', 'IT', 'Personal', 'Einkauf'][i % 4] ?? 'IT',
    i % 2 === 0 ? 'Trainee' : 'Bereichsleiterin',
    i % 2 === 0 ? 'Azubi' : 'Bereichsleitung',
    `chef${String(i % 50)}@example.de`,
    'München',
    'Deutsch, Englisch',
    '"Mo vormittags; Mi nachmittags"',
    'Online',
    `"${overrides.topics ?? 'KI-Assistenten:4; LinkedIn:3'}"`,
    'Teams führen',
    '"Ich möchte lernen; und ""lehren"""',
    'ja',
    overrides.date ?? '28.11.2026',
    'x',
    '2026-11-28',
    'ja',
    '28.11.26',
  ].join(';');

/** A German semicolon CSV with `rows` people. */
export const germanCsv = (rows: number): string =>
  [GERMAN_HEADER, ...Array.from({ length: rows }, (_, i) => germanRow(i))].join('\r\n') + '\r\n';
