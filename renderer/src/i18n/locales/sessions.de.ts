import type { sessionsEn } from './sessions.en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Texts of the sessions area (de). Keys must match the other language's file (a test checks). */
export const sessionsDe: DeepStrings<typeof sessionsEn> = {
  sessions: {
    title: 'Treffen',
    round: 'Runde',
    noActive: {
      title: 'Keine aktive Runde',
      body: 'Treffen und Feedback werden für aktive Runden erfasst. Starten Sie zuerst eine Runde auf der Seite „Runden“.',
    },
    due: {
      title: 'Diese Woche fällig',
      noActiveRound: 'Nichts fällig: Es gibt keine aktive Runde.',
      allDone: 'Alles erledigt: keine Treffen zu erfassen und kein Feedback offen.',
      meetings: 'Zu erfassende und anstehende Treffen',
      toLog: 'Erfassen',
      upcoming: 'Diese Woche',
      meetingN: 'Treffen {{n}} · {{date}}',
      log: 'Jetzt erfassen',
      feedbackMissing: 'Feedback fehlt von {{count}} Personen:',
    },
    log: {
      title: 'Treffen erfassen',
      intro:
        'Nach dem Telefonat mit dem Tandem: Halten Sie Fakten fest, nicht das vertrauliche Gespräch. Enter speichert; in der Zusammenfassung Strg+Enter.',
      tandem: 'Tandem',
      noTandems: 'Kein laufendes Tandem',
      meeting: 'Treffen',
      meetingOption: 'Treffen {{n}} · {{date}} · {{state}}',
      outcome: 'Stattgefunden oder abgesagt',
      held: 'Stattgefunden',
      cancelled: 'Abgesagt',
      heldOn: 'Datum',
      duration: 'Dauer',
      minutes: 'Min.',
      format: 'Form',
      inPerson: 'Vor Ort',
      remote: 'Online',
      toMentee: 'Digitale Themen (Mentor/in → Mentee)',
      toMentor: 'Führungsthemen (Mentee → Mentor/in)',
      summary: 'Kurze Zusammenfassung (für HR sichtbar)',
      summaryHint:
        'Noch {{count}} Zeichen. Nur Fakten, z. B. „Teams-Kanal gemeinsam eingerichtet“.',
      cancelReason: 'Grund der Absage',
      cancelReasonHint: 'Kurz und sachlich, z. B. „Krankheit“ oder „Dienstreise“.',
      mentorRating: 'Bewertung Mentor/in (optional)',
      menteeRating: 'Bewertung Mentee (optional)',
      save: 'Treffen speichern',
      saved: 'Gespeichert: Treffen {{n}} von {{mentor}} & {{mentee}}.',
    },
    feedback: {
      title: 'Feedback erfassen',
      intro:
        'Vom Papierbogen übertragen oder die Person füllt es hier selbst aus. Erneutes Speichern ersetzt die früheren Antworten derselben Phase.',
      person: 'Teilnehmende Person',
      nobody: 'Niemand gefunden',
      phase: 'Zeitpunkt',
      start: 'Rundenbeginn',
      end: 'Rundenende',
      selfMentee:
        'Selbsteinschätzung der digitalen Kompetenzen (1 = Einstieg, 5 = Expertin/Experte)',
      selfMentor:
        'Selbsteinschätzung: Verständnis von Management und Führung (1 = wenig, 5 = viel)',
      satisfaction: 'Zufriedenheit',
      scaleHint: '1 = gar nicht, 5 = sehr zufrieden',
      recommend: 'Würde das Programm weiterempfehlen',
      yes: 'Ja',
      no: 'Nein',
      change: 'Eine Veränderung, die umgesetzt wurde',
      changeHint: 'Für HR sichtbar; wird nie mit Namen gedruckt.',
      quote: 'Zitat (optional)',
      consent: 'Die Person ist einverstanden, dass dieses Zitat anonym in Berichten verwendet wird',
      save: 'Feedback speichern',
      saved: 'Feedback von {{name}} gespeichert.',
    },
  },
};
