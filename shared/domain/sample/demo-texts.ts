/**
 * Texts of the sample programme. The fictional company is German, so are its records. Summaries
 * are short and factual, as HR records them: what was worked on, never the private conversation.
 */

/** Summary of meeting `sequence` (1-based); `{topic}` and `{management}` are replaced by topic names. */
export const MEETING_SUMMARIES: readonly string[] = [
  'Kennenlernen, Erwartungen und Vertraulichkeit besprochen, Themen für das Halbjahr festgelegt.',
  'Erste Schritte mit {topic}; Fragen für das nächste Treffen gesammelt.',
  '{topic} an einem echten Arbeitsbeispiel geübt; Einblick in „{management}“ aus dem Führungsalltag.',
  'Zwischenstand: Fortschritte besprochen, Schwerpunkt für die zweite Hälfte angepasst.',
  'Vertiefung {topic}; gemeinsam eine Teambesprechung vorbereitet.',
  'Abschluss: Gelerntes zusammengefasst und gegenseitig Rückmeldung gegeben.',
];

export const CANCEL_REASONS: readonly string[] = [
  'Krankheit',
  'Dienstreise',
  'Terminkonflikt (Quartalsabschluss)',
  'Urlaub',
  'Kurzfristiger Kundentermin',
];

export const EARLY_END_NOTE = 'Neue Aufgabe im Unternehmen, zu wenig Zeit für regelmäßige Treffen.';

/** Quotes mentees (senior managers) agreed to have printed, without names, in the report. */
export const MENTEE_QUOTES: readonly string[] = [
  'Ich nutze KI-Assistenten jetzt jede Woche – und verstehe besser, wie mein Team arbeitet.',
  'Der Perspektivwechsel war für mich das Wertvollste am ganzen Programm.',
  'Kleine Schritte, große Wirkung: Unsere Abteilung plant jetzt gemeinsam im Online-Board.',
];

/** Quotes mentors (juniors) agreed to have printed. */
export const MENTOR_QUOTES: readonly string[] = [
  'Ich habe gelernt, wie Entscheidungen in der Geschäftsleitung wirklich entstehen.',
  'Ich traue mich jetzt, in großen Runden meine Ideen vorzustellen.',
];

/** A quote given without consent: stored for HR, never printed. */
export const PRIVATE_QUOTE =
  'Die Treffen waren hilfreich, aber mitten im Quartalsabschluss schwer unterzubringen.';

export const CHANGES_PUT_INTO_PRACTICE: readonly string[] = [
  'Teambesprechungen werden jetzt mit einem gemeinsamen Online-Board vorbereitet.',
  'Ich gebe Rückmeldungen strukturierter und früher.',
  'Ich lasse mir Berichte von einem KI-Assistenten zusammenfassen.',
  'Ich bereite Verhandlungen mit einer klaren Zielliste vor.',
];
