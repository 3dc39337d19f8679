import type { TFunction } from 'i18next';
import type { ConstraintViolation, ScorePartResult } from '@shared/domain/pairing';
import { topicName } from '@shared/domain/topics';
import type { TopicRecord } from '@shared/domain/topics';
import type { UnpairedViewReason } from '@shared/ipc/domains/pairing.contract';

export type UiLanguage = 'de' | 'en';

/** The UI language as the domain helpers want it. */
export const uiLanguage = (language: string | undefined): UiLanguage =>
  language?.startsWith('en') ? 'en' : 'de';

const languageName = (code: string, language: UiLanguage): string => {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const listOf = (items: readonly string[], language: UiLanguage): string =>
  new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);

/** One line of the "Why?" popover in plain words, e.g. "Shares 2 topics: AI assistants (mentor 5, mentee 2) …". */
export function describePart(
  part: ScorePartResult,
  t: TFunction,
  catalogue: readonly TopicRecord[],
  language: UiLanguage,
): string {
  switch (part.part) {
    case 'topicFit':
    case 'reverseFit': {
      if (part.nothingWanted) {
        return t(`pairing.why.${part.part}NothingWanted`);
      }
      if (part.matches.length === 0) {
        return t(`pairing.why.${part.part}None`);
      }
      const list = part.matches
        .map((m) =>
          t('pairing.why.topicMatch', {
            topic: topicName(catalogue, m.topic, language),
            mentor: m.mentorLevel,
            mentee: m.menteeLevel,
          }),
        )
        .join(', ');
      return t(`pairing.why.${part.part}`, { count: part.matches.length, list });
    }
    case 'differentDepartment':
      return part.sameDepartment
        ? t('pairing.why.sameDepartment')
        : t('pairing.why.differentDepartment');
    case 'sharedLanguage':
      if (part.unknown) {
        return t('pairing.why.languageUnknown');
      }
      return part.shared.length === 0
        ? t('pairing.why.noSharedLanguage')
        : t('pairing.why.sharedLanguage', {
            languages: listOf(
              part.shared.map((c) => languageName(c, language)),
              language,
            ),
          });
    case 'formatLocation':
      return t(`pairing.why.format.${part.code}`);
    case 'availability': {
      if (part.unknown) {
        return t('pairing.why.availabilityUnknown');
      }
      if (part.common.length === 0) {
        return t('pairing.why.availabilityNone');
      }
      const slots = part.common.map((s) => {
        const [day = '', half = ''] = s.split('-');
        return `${t(`pairing.slot.${day}`)} ${t(`pairing.slot.${half}`)}`;
      });
      return t('pairing.why.availability', { count: part.common.length, slots: slots.join(', ') });
    }
  }
}

/**
 * A broken rule in plain words. A reporting line names both ends and the whole chain, with names
 * where the emails belong to participants: "Anna Schmidt reports to Bernd Meier (Anna Schmidt →
 * carla.becker@… → Bernd Meier)".
 */
export function describeViolation(
  v: ConstraintViolation,
  t: TFunction,
  emailNames: Readonly<Record<string, string>>,
): string {
  const name = (email: string): string => emailNames[email] ?? email;
  switch (v.code) {
    case 'reportingLine': {
      const lower = v.chain[0];
      const upper = v.chain[v.chain.length - 1];
      if (lower === undefined || upper === undefined) {
        return t('pairing.violation.reportingLineShort');
      }
      return t('pairing.violation.reportingLine', {
        lower: name(lower),
        upper: name(upper),
        chain: v.chain.map(name).join(' → '),
      });
    }
    case 'excluded':
      return v.reason
        ? t('pairing.violation.excluded', { reason: v.reason })
        : t('pairing.violation.excludedNoReason');
    case 'mentorCapacity':
      return t('pairing.violation.mentorCapacity', { assigned: v.assigned, capacity: v.capacity });
    default:
      return t(`pairing.violation.${v.code}`);
  }
}

/** Why someone has no tandem, for HR. */
export function describeReason(reason: UnpairedViewReason, t: TFunction): string {
  switch (reason.code) {
    case 'missingConsent':
      return t('pairing.unpaired.reason.missingConsent', {
        missing: reason.missing.map((k) => t(`pairing.unpaired.consent.${k}`)).join(', '),
      });
    case 'allCandidatesBlocked':
      return t('pairing.unpaired.reason.allCandidatesBlocked', {
        blocked: Object.keys(reason.blocked)
          .map((code) =>
            t(
              `pairing.violation.${code === 'reportingLine' ? 'reportingLineShort' : code === 'excluded' ? 'excludedNoReason' : code}`,
              { assigned: '', capacity: '' },
            ),
          )
          .join(' '),
      });
    default:
      return t(`pairing.unpaired.reason.${reason.code}`);
  }
}
