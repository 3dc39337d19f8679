import type { roundsEn } from './rounds.en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** German texts of rounds, meetings and feedback; same keys as `rounds.en.ts`. */
export const roundsDe: DeepStrings<typeof roundsEn> = {
  validation: {
    common: {
      required: 'Bitte füllen Sie dieses Feld aus.',
      date: 'Bitte geben Sie ein gültiges Datum ein.',
      timeZone: 'Bitte wählen Sie eine Zeitzone aus der Liste.',
      rating: 'Bitte wählen Sie eine Bewertung von 1 bis 5.',
    },
    round: {
      nameRequired: 'Bitte geben Sie der Runde einen Namen.',
      nameTooLong: 'Der Name darf höchstens 120 Zeichen lang sein.',
      meetingsPerTandem: 'Planen Sie zwischen 1 und 24 Treffen pro Tandem.',
      cadenceWeeks: 'Wählen Sie einen Rhythmus zwischen 1 und 12 Wochen.',
      periodOrder: 'Die Runde muss nach ihrem Beginn enden.',
      duplicateParticipant: 'Diese Person ist bereits in der Runde angemeldet.',
    },
    tandem: {
      samePerson: 'Mentor und Mentee müssen zwei verschiedene Personen sein.',
      justificationRequired:
        'Dieses Paar verstößt gegen eine Regel. Bitte begründen Sie, warum Sie es trotzdem möchten.',
      justificationTooLong: 'Die Begründung darf höchstens 1.000 Zeichen lang sein.',
      endReasonRequired: 'Bitte wählen Sie, warum das Tandem endet.',
      endNoteRequired: 'Bitte notieren Sie kurz, warum das Tandem endet.',
      endNoteTooLong: 'Die Notiz darf höchstens 300 Zeichen lang sein.',
    },
    meeting: {
      plannedAt: 'Bitte geben Sie ein gültiges Datum mit Uhrzeit ein.',
      heldOnRequired: 'Bitte geben Sie an, wann das Treffen stattgefunden hat.',
      duration: 'Bitte geben Sie eine Dauer zwischen 5 und 480 Minuten ein.',
      formatRequired: 'Bitte wählen Sie, ob das Treffen vor Ort oder online war.',
      summaryTooLong:
        'Bitte fassen Sie sich auf 500 Zeichen kurz. Halten Sie Fakten fest, nicht das Gespräch.',
      cancelReasonRequired: 'Bitte nennen Sie kurz den Grund für die Absage.',
      cancelReasonTooLong: 'Der Grund darf höchstens 200 Zeichen lang sein.',
    },
    feedback: {
      changeTooLong: 'Bitte bleiben Sie unter 500 Zeichen.',
      quoteTooLong: 'Das Zitat darf höchstens 400 Zeichen lang sein.',
      quoteMissing: 'Die Zustimmung zum Zitieren ist angekreuzt, aber es fehlt das Zitat.',
    },
  },
  errors: {
    round: {
      closed: 'Diese Runde ist abgeschlossen und kann nicht mehr geändert werden.',
      invalidTransition:
        'Eine Runde geht Schritt für Schritt von „In Planung“ über „Aktiv“ zu „Abgeschlossen“.',
    },
    tandem: {
      endReasonRequired: 'Bitte wählen Sie, warum das Tandem endet.',
      notActive: 'Dieses Tandem ist bereits beendet.',
      wrongRound: 'Dieses Tandem gehört zu einer anderen Runde.',
    },
    schedule: {
      invalidPeriod: 'Bitte prüfen Sie Beginn und Ende der Runde.',
      invalidCount: 'Planen Sie zwischen 1 und 99 Treffen.',
      invalidCadence: 'Wählen Sie einen Rhythmus zwischen 1 und 52 Wochen.',
      invalidTimeZone: 'Diese Zeitzone ist unbekannt.',
      invalidTime: 'Bitte geben Sie eine Uhrzeit wie 10:00 ein.',
      invalidWeekday: 'Bitte wählen Sie einen Wochentag von Montag bis Freitag.',
      tooManyMeetings:
        'Der Zeitraum hat nur {{available}} Arbeitstage, zu wenige für {{count}} Treffen.',
      dateOutsidePeriod: 'Das Datum muss innerhalb der Runde liegen.',
      dateOutOfOrder: 'Das Treffen muss nach dem vorherigen ({{previous}}) liegen.',
    },
  },
  endReason: {
    time: 'Zu wenig Zeit',
    role_change: 'Neue Rolle oder neues Team',
    left_organisation: 'Hat das Unternehmen verlassen',
    mismatch: 'Das Tandem hat nicht gepasst',
    personal: 'Persönliche Gründe',
    other: 'Anderer Grund',
  },
  attention: {
    overdue: 'Lange kein Treffen',
    cancelledTwiceInARow: 'Zweimal in Folge abgesagt',
    behindPlan: 'Zwei oder mehr Treffen hinter dem Plan',
  },
  suppressed: 'Nicht angezeigt: weniger als 3 Personen',
};
