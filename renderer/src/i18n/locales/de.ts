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
  dates: {
    placeholder: 'TT.MM.JJJJ',
    hours: 'Stunden',
    minutes: 'Minuten',
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
    sessions:
      'Treffen planen, nach Outlook exportieren und gehaltene Treffen samt Feedback dokumentieren.',
    reports:
      'Abschlussbericht für die Geschäftsleitung und ein Zertifikat für jedes Tandem drucken.',
    sync: 'Zwei oder drei HR-Laptops über das Büronetz abgleichen – ganz ohne Cloud.',
  },
  vault: {
    firstRunTitle: 'Willkommen bei Tandem',
    firstRunIntro:
      'Tandem speichert alle Programmdaten verschlüsselt auf diesem Computer. Wählen Sie eine Passphrase, um sie zu schützen. Nur wer sie kennt, kann die Daten öffnen.',
    passphrase: 'Passphrase',
    passphraseHint:
      'Mindestens 10 Zeichen. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.',
    confirmPassphrase: 'Passphrase wiederholen',
    strength: 'Stärke: {{label}}',
    strengthLabels: {
      s0: 'sehr schwach',
      s1: 'schwach',
      s2: 'ausreichend',
      s3: 'gut',
      s4: 'stark',
    },
    tooWeak: 'Bitte wählen Sie eine stärkere Passphrase (mindestens „ausreichend“).',
    tooShort: 'Bitte verwenden Sie mindestens 10 Zeichen.',
    mismatch: 'Die beiden Passphrasen stimmen nicht überein.',
    required: 'Bitte geben Sie Ihre Passphrase ein.',
    create: 'Verschlüsselten Datenspeicher anlegen',
    creating: 'Wird verschlüsselt … das dauert einen Moment.',
    recoveryTitle: 'Ihr Wiederherstellungsschlüssel',
    recoveryIntro:
      'Falls die Passphrase einmal vergessen wird, ist dieser Schlüssel der einzige Weg zurück zu den Daten. Drucken Sie ihn aus oder schreiben Sie ihn ab und bewahren Sie ihn sicher auf, z. B. in einem versiegelten Umschlag im HR-Tresor. Er wird nur jetzt angezeigt.',
    print: 'Wiederherstellungsschlüssel drucken',
    keptIt:
      'Ich habe den Wiederherstellungsschlüssel ausgedruckt oder notiert und bewahre ihn sicher auf.',
    continue: 'Weiter zu Tandem',
    recoveryPrintTitle: 'Tandem-Wiederherstellungsschlüssel',
    recoveryPrintNote:
      'Dieses Blatt vertraulich behandeln. Wer diesen Schlüssel hat, kann die Tandem-Daten öffnen.',
    unlockTitle: 'Tandem ist gesperrt',
    unlockIntro: 'Geben Sie Ihre Passphrase ein, um die Programmdaten zu öffnen.',
    unlock: 'Entsperren',
    unlocking: 'Wird entsperrt …',
    remember: 'Auf diesem Computer merken (nutzt den geschützten Speicher des Betriebssystems)',
    forgot: 'Passphrase vergessen? Mit dem Wiederherstellungsschlüssel entsperren',
    recoveryUnlockTitle: 'Mit dem Wiederherstellungsschlüssel entsperren',
    recoveryUnlockIntro:
      'Geben Sie den Wiederherstellungsschlüssel von Ihrem Ausdruck ein und wählen Sie eine neue Passphrase.',
    recoveryKey: 'Wiederherstellungsschlüssel',
    recoveryKeyHint:
      '32 Zeichen in Vierergruppen, z. B. ABCD-EFGH-…; Bindestriche und Leerzeichen sind optional.',
    newPassphrase: 'Neue Passphrase',
    confirmNewPassphrase: 'Neue Passphrase wiederholen',
    recoveryUnlock: 'Entsperren und neue Passphrase setzen',
    backToPassphrase: 'Zurück zur Passphrase',
    lockNow: 'Jetzt sperren',
    lockedIdle: 'Tandem wurde nach einer Zeit ohne Aktivität gesperrt.',
    lockedUser: 'Tandem ist gesperrt.',
  },
  security: {
    title: 'Sicherheit',
    changePassphrase: 'Passphrase ändern',
    currentPassphrase: 'Aktuelle Passphrase',
    changed: 'Die Passphrase wurde geändert. Der Wiederherstellungsschlüssel bleibt gültig.',
    forgetDevice: 'Auf diesem Computer vergessen',
    forgetDeviceHint: 'Tandem fragt beim nächsten Mal wieder nach der Passphrase.',
    forgotten: 'Dieser Computer merkt sich den Schlüssel nicht mehr.',
  },
  backup: {
    title: 'Datensicherung',
    intro:
      'Eine Sicherung ist eine verschlüsselte Datei mit allen Programmdaten. Bewahren Sie sie auf einem USB-Stick oder Netzlaufwerk auf. Sie lässt sich mit der heute gültigen Passphrase (oder dem Wiederherstellungsschlüssel) öffnen.',
    create: 'Sicherung erstellen …',
    creating: 'Sicherung wird erstellt und geprüft …',
    created: 'Sicherung gespeichert und geprüft: {{path}} ({{count}} Datensätze).',
    restoreTitle: 'Aus einer Sicherung wiederherstellen',
    restoreIntro:
      'Beim Wiederherstellen werden alle aktuellen Daten durch den Inhalt der Sicherung ersetzt. Verwenden Sie die Passphrase oder den Wiederherstellungsschlüssel, die zum Zeitpunkt der Sicherung gültig waren.',
    restore: 'Sicherung wiederherstellen …',
    restoring: 'Sicherung wird geprüft und wiederhergestellt …',
    restored:
      'Sicherung vom {{date}} wiederhergestellt ({{count}} Datensätze). Es gilt jetzt die damalige Passphrase.',
    secretKind: 'Sicherung öffnen mit',
    usePassphrase: 'Passphrase',
    useRecoveryKey: 'Wiederherstellungsschlüssel',
    secret: 'Passphrase oder Wiederherstellungsschlüssel zum Zeitpunkt der Sicherung',
    confirmTitle: 'Alle aktuellen Daten ersetzen?',
    confirmBody:
      'Alles, was seit der Sicherung eingegeben wurde, geht verloren. Erstellen Sie im Zweifel zuerst eine Sicherung des aktuellen Stands.',
    confirm: 'Ja, Daten ersetzen',
    cancel: 'Abbrechen',
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
    conflict:
      'Jemand hat diesen Datensatz inzwischen geändert. Bitte neu laden und erneut versuchen.',
    locked: 'Tandem ist gesperrt. Bitte zuerst entsperren.',
    internal: 'Etwas ist schiefgelaufen. Ihre Daten sind sicher; bitte versuchen Sie es erneut.',
    external_url_not_allowed: 'Zu Ihrer Sicherheit kann dieser Link nicht geöffnet werden.',
    bridge_missing:
      'Tandem konnte keine Verbindung zu seinen Daten herstellen. Bitte starten Sie die App neu.',
    unexpected:
      'Ein unerwarteter Fehler ist aufgetreten. Bitte starten Sie Tandem neu. Ihre Daten sind sicher.',
    reload: 'Neu laden',
    vault: {
      not_found: 'Im Datenordner wurde kein verschlüsselter Datenspeicher gefunden.',
      exists: 'Hier gibt es bereits einen verschlüsselten Datenspeicher.',
      corrupt:
        'Die Schlüsseldatei des Datenspeichers ist beschädigt. Stellen Sie eine Sicherung wieder her oder wenden Sie sich an die IT.',
      unsupported_version:
        'Dieser Datenspeicher stammt von einer neueren Tandem-Version. Bitte aktualisieren Sie Tandem.',
      kdf_too_weak:
        'Der Datenspeicher nutzt unsichere Schlüsseleinstellungen und wurde nicht geöffnet.',
      kdf_unsupported:
        'Der Datenspeicher nutzt unbekannte Schlüsseleinstellungen und wurde nicht geöffnet.',
      passphrase_too_short: 'Bitte verwenden Sie mindestens 10 Zeichen.',
      wrong_passphrase:
        'Diese Passphrase stimmt nicht. Bitte erneut versuchen; ist die Feststelltaste aktiv?',
      wrong_recovery_key:
        'Dieser Wiederherstellungsschlüssel gehört nicht zu diesem Datenspeicher.',
      malformed_recovery_key:
        'Der Wiederherstellungsschlüssel enthält einen Tippfehler. Bitte Zeichen für Zeichen mit dem Ausdruck vergleichen.',
      wrong_data_key: 'Der Schlüssel passt nicht zu diesem Datenspeicher.',
      remember_unavailable:
        'Dieser Computer kann den Schlüssel nicht sicher speichern; Tandem fragt deshalb weiter nach der Passphrase.',
    },
    backup: {
      not_a_backup: 'Diese Datei ist keine Tandem-Sicherung.',
      unsupported_version:
        'Diese Sicherung stammt von einer neueren Tandem-Version. Bitte aktualisieren Sie Tandem.',
      truncated:
        'Diese Sicherungsdatei ist unvollständig. Vielleicht wurde sie nicht ganz kopiert.',
      corrupt: 'Diese Sicherungsdatei ist beschädigt und kann nicht wiederhergestellt werden.',
      payload_invalid:
        'Der Inhalt dieser Sicherung konnte nicht gelesen werden. Es wurde nichts geändert.',
      data_too_new:
        'Diese Sicherung enthält Daten einer neueren Tandem-Version. Bitte aktualisieren Sie Tandem.',
      verify_failed:
        'Die Sicherung konnte nicht geprüft werden. Bitte erneut versuchen oder einen anderen Speicherort wählen.',
    },
    store: {
      corrupt: 'Der Datenspeicher ist beschädigt. Stellen Sie Ihre letzte Sicherung wieder her.',
      wrong_key: 'Der Schlüssel passt nicht zum Datenspeicher.',
      locked:
        'Die Daten sind bereits in einem anderen Tandem-Fenster geöffnet. Schließen Sie es und versuchen Sie es erneut.',
      failed:
        'Speichern fehlgeschlagen (vielleicht ist die Festplatte voll). Starten Sie Tandem neu; bereits Gespeichertes bleibt erhalten.',
      data_too_new:
        'Diese Daten wurden von einer neueren Tandem-Version gespeichert. Bitte aktualisieren Sie Tandem.',
    },
  },
};
