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
    calendar: {
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    },
  },
  errors: {
    round: {
      closed: 'Diese Runde ist abgeschlossen und kann nicht mehr geändert werden.',
      invalidTransition:
        'Eine Runde geht Schritt für Schritt von „In Planung“ über „Aktiv“ zu „Abgeschlossen“.',
      participantNotActive:
        'Nur aktive Teilnehmende können angemeldet werden. Bitte prüfen Sie die Teilnehmerliste.',
      participantPaired:
        'Diese Person ist noch in einem Tandem der Runde. Beenden Sie zuerst das Tandem.',
    },
    meeting: {
      alreadyLogged:
        'Dieses Treffen ist bereits erfasst; sein Datum lässt sich nicht mehr verschieben.',
      tandemNotConfirmed: 'Bitte bestätigen Sie das Tandem, bevor Sie Treffen erfassen.',
    },
    feedback: {
      notInRound: 'Diese Person hat kein Tandem in der Runde.',
    },
    calendar: {
      nothingToExport:
        'Es gibt noch keine geplanten Treffen zum Exportieren. Bitte erstellen Sie zuerst den Terminplan.',
    },
    ics: {
      invalidInput:
        'Die Kalenderdatei konnte nicht erstellt werden. Bitte prüfen Sie, ob alle eine gültige E-Mail-Adresse haben.',
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
    cancelledTwiceInARow: 'Zweimal abgesagt',
    behindPlan: 'Hinter dem Plan',
  },
  attentionHint: {
    overdue: 'Seit mehr als anderthalb Rhythmen hat kein Treffen stattgefunden.',
    cancelledTwiceInARow: 'Die letzten zwei Treffen wurden abgesagt.',
    behindPlan: 'Zwei oder mehr Treffen weniger, als bis heute geplant waren.',
  },
  rounds: {
    title: 'Runden & Paarbildung',
    newRound: 'Neue Runde',
    backToList: 'Alle Runden',
    period: '{{start}} – {{end}}',
    planSummary: '{{count}} Treffen pro Tandem, alle {{weeks}} Wochen',
    status: { planning: 'In Planung', active: 'Aktiv', closed: 'Abgeschlossen' },
    tandemStatus: {
      proposed: 'Vorgeschlagen',
      confirmed: 'Läuft',
      ended_early: 'Vorzeitig beendet',
      completed: 'Abgeschlossen',
    },
    meetingState: { planned: 'Geplant', held: 'Stattgefunden', cancelled: 'Abgesagt' },
    weekday: { d1: 'Montag', d2: 'Dienstag', d3: 'Mittwoch', d4: 'Donnerstag', d5: 'Freitag' },
    common: { cancel: 'Abbrechen', close: 'Schließen', mentor: 'Mentor/in', mentee: 'Mentee' },
    empty: {
      title: 'Noch keine Runden',
      body: 'Eine Runde ist ein Durchgang mit Tandems, meist etwa sechs Monate mit je sechs Treffen. Legen Sie die erste Runde an, melden Sie Teilnehmende an und lassen Sie Tandem die Paare vorschlagen.',
      action: 'Erste Runde anlegen',
    },
    form: {
      name: 'Name der Runde',
      namePlaceholder: 'z. B. Frühjahrsrunde 2027',
      periodStart: 'Erster Tag',
      periodEnd: 'Letzter Tag',
      meetings: 'Treffen pro Tandem',
      meetingsHint: 'Üblich sind 6 pro Halbjahr.',
      cadence: 'Alle … Wochen',
      cadenceHint: 'Üblich ist alle 4 Wochen.',
      create: 'Runde anlegen',
    },
    list: {
      name: 'Runde',
      status: 'Status',
      period: 'Zeitraum',
      enrolled: 'Angemeldet',
      tandems: 'Tandems',
      meetings: 'Treffen stattgefunden',
      heldOfPlanned: '{{held}} von {{planned}}',
    },
    history: {
      title: 'Tandem-Historie: Wer war mit wem im Tandem?',
      hint: 'Alle Tandems aller Runden. Tandem schlägt dieselben zwei Personen nie wieder vor.',
      search: 'Nach Name oder Runde suchen',
      round: 'Runde',
      empty: 'Noch keine Tandems.',
    },
    lifecycle: {
      active: {
        action: 'Runde starten',
        title: 'Diese Runde starten?',
        body: 'Die Runde wird aktiv: Treffen können erfasst werden und Erinnerungen erscheinen unter „Treffen“. Sie können weiterhin Personen anmelden und Tandems ändern.',
        confirm: 'Runde starten',
      },
      closed: {
        action: 'Runde abschließen',
        title: 'Diese Runde endgültig abschließen?',
        body: 'Eine abgeschlossene Runde ist schreibgeschützt: keine Treffen, kein Feedback, keine Änderungen an Tandems oder Anmeldungen mehr. Das lässt sich nicht rückgängig machen. Die Kennzahlen bleiben für den Bericht erhalten.',
        confirm: 'Runde abschließen',
      },
    },
    readOnly: {
      title: 'Diese Runde ist abgeschlossen',
      body: 'Alles ist schreibgeschützt. Sie können die Kennzahlen weiterhin ansehen und den Bericht erstellen.',
    },
    tabs: {
      overview: 'Übersicht',
      participants: 'Teilnehmende',
      pairing: 'Paarbildung',
      meetings: 'Treffen',
      feedback: 'Feedback',
    },
    overview: {
      running: 'Laufende Tandems',
      completed: 'Tandems',
      held: 'Treffen stattgefunden',
      cancelled: 'Abgesagt',
      overdue: 'Überfällig',
      overdueHint: 'Kein Treffen seit 1,5 Rhythmen',
      atRisk: 'Gefährdet',
      endedEarly: 'Vorzeitig beendet',
      feedback: 'Feedback erhalten',
      feedbackHint: 'vom bisher fälligen Feedback',
      filtered: 'Angezeigt: die {{count}} Tandems hinter „{{label}}“.',
      clearFilter: 'Alle Tandems zeigen',
      search: 'Nach Name suchen',
      statusFilter: 'Tandems anzeigen',
      filter: {
        all: 'Alle',
        running: 'Laufend',
        completed: 'Abgeschlossen',
        attention: 'Brauchen Aufmerksamkeit',
        proposed: 'Vorgeschlagen',
        ended: 'Beendet',
      },
      sort: 'Sortieren nach',
      sortBy: {
        name: 'Name',
        held: 'Wenigste Treffen zuerst',
        lastMeeting: 'Am längsten ohne Treffen',
      },
      repair: 'Frei gewordene Personen neu paaren',
      repaired:
        '{{count}} neue(s) Tandem(s) vorgeschlagen. Bitte unten bestätigen und danach die Treffen planen.',
      repairedNone: 'Tandem hat für die frei gewordenen Personen kein neues Paar gefunden.',
      unpaired: '{{name}}: {{reason}}',
      tandems: 'Tandems der Runde',
      heldColumn: 'Stattgefunden / geplant',
      heldCell: '{{held}} / {{planned}} · {{cancelled}} abgesagt',
      lastMeeting: 'Letztes Treffen',
      attention: 'Hinweise',
      feedbackColumn: 'Feedback',
      feedbackCell: 'Start {{start}} · Ende {{end}}',
      confirm: 'Bestätigen',
      noMatch: 'Kein Tandem passt zu diesen Filtern.',
      emptyTitle: 'Noch keine Tandems',
      emptyBody:
        'Melden Sie im Reiter „Teilnehmende“ Personen an und bilden Sie im Reiter „Paarbildung“ die Paare. Bestätigte Tandems erscheinen hier mit ihrem Fortschritt.',
    },
    enrol: {
      hint: '{{count}} Personen angemeldet. Nur aktive Teilnehmende können mitmachen.',
      search: 'Suchen',
      searchPlaceholder: 'Name, Abteilung oder E-Mail',
      show: 'Anzeigen',
      filter: { all: 'Alle', enrolled: 'Angemeldet', notEnrolled: 'Nicht angemeldet' },
      enrolSelected: 'Ausgewählte anmelden ({{count}})',
      selectAll: 'Alle angezeigten auswählen',
      select: '{{name}} auswählen',
      name: 'Name',
      role: 'Rolle',
      department: 'Abteilung',
      enrolled: 'Angemeldet',
      remove: 'Abmelden',
      emptyTitle: 'Noch keine aktiven Teilnehmenden',
      emptyBody:
        'Erfassen Sie Mentorinnen, Mentoren und Mentees auf der Seite „Teilnehmende“ (oder importieren Sie Ihre Tabelle) und melden Sie sie hier an.',
    },
    meetings: {
      planTitle: 'Terminplan',
      planHint:
        '{{count}} Treffen pro bestätigtem Tandem, alle {{weeks}} Wochen, nur an Werktagen, Uhrzeiten in {{zone}}. Tandems mit bereits geplanten Treffen behalten diese.',
      weekday: 'Bevorzugter Wochentag',
      anyWeekday: 'Beliebiger Werktag',
      time: 'Uhrzeit',
      generate: 'Plan für {{count}} Tandem(s) erstellen',
      exportRound: 'Runde als .ics exportieren',
      exportTandem: '.ics',
      noConfirmed:
        'Es gibt noch keine bestätigten Tandems. Bitte bestätigen Sie zuerst die Tandems.',
      planned: '{{meetings}} Treffen für {{tandems}} Tandem(s) geplant.',
      empty: 'Noch keine Treffen geplant.',
      tandemTitle: '{{mentor}} & {{mentee}}',
      move: 'Verschieben',
      moveLabel: 'Treffen {{n}} verschieben',
    },
    reschedule: {
      title: 'Treffen {{n}} verschieben',
      date: 'Neues Datum',
      time: 'Uhrzeit',
      respread: 'Folgende Treffen neu verteilen',
      respreadHint:
        'Spätere geplante Treffen dieses Tandems werden gleichmäßig vom neuen Datum bis zum Rundenende verteilt.',
      icsHint:
        'Exportieren Sie den Kalender danach erneut, damit Outlook die Einladung aktualisiert.',
      save: 'Treffen verschieben',
    },
    endTandem: {
      action: 'Vorzeitig beenden',
      title: 'Tandem vorzeitig beenden',
      body: '{{mentor}} und {{mentee}} treffen sich nicht mehr. Stattgefundene Treffen zählen weiter; geplante Treffen ab dem Enddatum werden entfernt.',
      reason: 'Grund',
      note: 'Kurze Notiz (nur für HR)',
      noteHint: 'Pflicht bei „Anderer Grund“. Nur Fakten; erscheint nie in Berichten.',
      endedOn: 'Beendet am',
      confirm: 'Tandem beenden',
    },
    ics: {
      titleRound: 'Treffen der Runde exportieren',
      titleTandem: 'Treffen des Tandems exportieren',
      bodyRound: 'Eine Kalenderdatei mit allen Treffen von „{{name}}“.',
      bodyTandem: 'Eine Kalenderdatei mit den Treffen von {{mentor}} und {{mentee}}.',
      privacy:
        'Die Einladungen enthalten nur Namen, Nummer und Zeit des Treffens: keine Notizen, Themen oder Bewertungen.',
      organizerName: 'Name der Organisatorin / des Organisators (HR)',
      organizerEmail: 'E-Mail der Organisatorin / des Organisators (HR)',
      save: '.ics-Datei speichern …',
      saved: '{{count}} Treffen gespeichert unter {{path}}.',
      cancelled: 'Es wurde nichts gespeichert.',
    },
    feedbackTab: {
      received: 'Erhalten',
      missing: 'Fehlt',
      enter: 'Erfassen',
      enterFor: 'Feedback für {{name}} erfassen',
      emptyTitle: 'Noch niemand zu befragen',
      emptyBody: 'Feedback wird von den Personen in bestätigten Tandems eingeholt.',
    },
  },
  suppressed: 'Nicht angezeigt: weniger als 3 Personen',
};
