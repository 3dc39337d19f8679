/**
 * i18n keys used as zod error messages. Schemas never carry English sentences: the
 * renderer translates `issue.message` with i18next (`intake.de.ts` / `intake.en.ts`).
 */
export const VALIDATION_KEYS = {
  required: 'validation.required',
  invalid: 'validation.invalid',
  tooLong: 'validation.too_long',
  tooMany: 'validation.too_many',
  duplicateEntry: 'validation.duplicate_entry',
  emailInvalid: 'validation.email_invalid',
  managerIsSelf: 'validation.manager_is_self',
  roleInvalid: 'validation.role_invalid',
  careerStageInvalid: 'validation.career_stage_invalid',
  languageInvalid: 'validation.language_invalid',
  languagesRequired: 'validation.languages_required',
  availabilityInvalid: 'validation.availability_invalid',
  meetingFormatInvalid: 'validation.meeting_format_invalid',
  topicInvalid: 'validation.topic_invalid',
  topicUnknown: 'validation.topic_unknown',
  topicLevelInvalid: 'validation.topic_level_invalid',
  topicsRequired: 'validation.topics_required',
  consentValueInvalid: 'validation.consent_value_invalid',
  consentDateRequired: 'validation.consent_date_required',
  dateInvalid: 'validation.date_invalid',
  capacityInvalid: 'validation.capacity_invalid',
  capacityMentorOnly: 'validation.capacity_mentor_only',
} as const;

export type ValidationKey = (typeof VALIDATION_KEYS)[keyof typeof VALIDATION_KEYS];
