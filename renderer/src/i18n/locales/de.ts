import type { Messages } from '../messages';

/** Deutsche Texte. Schlüssel wie in `en.ts` (ein Test prüft das). */
export const de: Messages = {
  app: {
    name: 'Tandem',
    tagline: 'Reverse Mentoring – offline und vertraulich',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
  },
  nav: {
    label: 'Hauptnavigation',
    participants: 'Teilnehmende',
    rounds: 'Runden & Paarbildung',
    sessions: 'Treffen',
    reports: 'Berichte',
    sync: 'Synchronisation',
    settings: 'Einstellungen',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
  comingSoon: {
    badge: 'Demnächst',
    participants:
      'Erfassen Sie Mentorinnen, Mentoren und Mentees mit Themen, Verfügbarkeit und Einwilligungen – per Formular oder per Import Ihrer Tabelle.',
    rounds:
      'Starten Sie eine Runde, lassen Sie Tandem die besten Paare vorschlagen (nie innerhalb einer Berichtslinie) und passen Sie sie an.',
    sessions: 'Treffen planen, nach Outlook exportieren und gehaltene Treffen samt Feedback dokumentieren.',
    reports: 'Abschlussbericht für die Geschäftsleitung und ein Zertifikat für jedes Tandem drucken.',
    sync: 'Zwei oder drei HR-Laptops über das Büronetz abgleichen – ganz ohne Cloud.',
  },
  settings: {
    title: 'Einstellungen',
    general: 'Allgemein',
    languageHint: 'Sprache der Menüs, Meldungen, Berichte und Zertifikate.',
    autoLock: 'Automatisch sperren nach',
    autoLockHint: 'Minuten ohne Aktivität. 0 bedeutet nie.',
    minutes: 'Minuten',
    formatPreview: 'Beispiel: {{date}} · {{number}}',
    saved: 'Einstellungen gespeichert.',
    about: 'Über Tandem',
    version: 'Version',
    dataDirectory: 'Datenordner',
  },
  errors: {
    title: 'Das hat nicht geklappt',
    validation: 'Einige Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
    unknown_method: 'Diese Aktion kennt die App nicht. Bitte aktualisieren Sie Tandem.',
    forbidden_sender: 'Diese Anfrage wurde aus Sicherheitsgründen blockiert.',
    not_found: 'Der Datensatz existiert nicht mehr. Vielleicht wurde er gelöscht.',
    conflict: 'Jemand hat diesen Datensatz inzwischen geändert. Bitte neu laden und erneut versuchen.',
    locked: 'Tandem ist gesperrt. Bitte zuerst entsperren.',
    internal: 'Etwas ist schiefgelaufen. Ihre Daten sind sicher; bitte versuchen Sie es erneut.',
    external_url_not_allowed: 'Zu Ihrer Sicherheit kann dieser Link nicht geöffnet werden.',
    bridge_missing: 'Tandem konnte keine Verbindung zu seinen Daten herstellen. Bitte starten Sie die App neu.',
    unexpected: 'Ein unerwarteter Fehler ist aufgetreten. Bitte starten Sie Tandem neu. Ihre Daten sind sicher.',
    reload: 'Neu laden',
  },
};
