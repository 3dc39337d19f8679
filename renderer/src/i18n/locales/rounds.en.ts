/**
 * English texts of rounds, meetings and feedback. `validation.*` are the
 * messages of the zod schemas in `shared/domain/rounds`; `errors.*` are the
 * `RoundsError` codes. Keys must match `rounds.de.ts` exactly (a test checks).
 */
export const roundsEn = {
  validation: {
    common: {
      required: 'Please fill in this field.',
      date: 'Please enter a valid date.',
      timeZone: 'Please choose a time zone from the list.',
      rating: 'Please choose a rating from 1 to 5.',
    },
    round: {
      nameRequired: 'Please give the round a name.',
      nameTooLong: 'The name can be at most 120 characters long.',
      meetingsPerTandem: 'Plan between 1 and 24 meetings per tandem.',
      cadenceWeeks: 'Choose a rhythm between 1 and 12 weeks.',
      periodOrder: 'The round has to end after it starts.',
      duplicateParticipant: 'This person is already enrolled in the round.',
    },
    tandem: {
      samePerson: 'Mentor and mentee have to be two different people.',
      justificationRequired:
        'This pair breaks a pairing rule. Please write down why you want it anyway.',
      justificationTooLong: 'The justification can be at most 1,000 characters long.',
      endReasonRequired: 'Please choose why the tandem is ending.',
      endNoteRequired: 'Please add a short note on why the tandem is ending.',
      endNoteTooLong: 'The note can be at most 300 characters long.',
    },
    meeting: {
      plannedAt: 'Please enter a valid date and time.',
      heldOnRequired: 'Please enter the date the meeting took place.',
      duration: 'Please enter a duration between 5 and 480 minutes.',
      formatRequired: 'Please choose whether the meeting was in person or remote.',
      summaryTooLong:
        'Please keep the summary to 500 characters. Record facts, not the conversation.',
      cancelReasonRequired: 'Please give a short reason for the cancellation.',
      cancelReasonTooLong: 'The reason can be at most 200 characters long.',
    },
    feedback: {
      changeTooLong: 'Please keep this to 500 characters.',
      quoteTooLong: 'The quote can be at most 400 characters long.',
      quoteMissing: 'Consent to quote is ticked, but there is no quote.',
    },
  },
  errors: {
    round: {
      closed: 'This round is closed and can no longer be changed.',
      invalidTransition: 'A round goes from planning to active to closed, one step at a time.',
    },
    tandem: {
      endReasonRequired: 'Please choose why the tandem is ending.',
      notActive: 'This tandem has already ended.',
      wrongRound: 'This tandem belongs to a different round.',
    },
    schedule: {
      invalidPeriod: 'Please check the start and end of the round.',
      invalidCount: 'Plan between 1 and 99 meetings.',
      invalidCadence: 'Choose a rhythm between 1 and 52 weeks.',
      invalidTimeZone: 'This time zone is not known.',
      invalidTime: 'Please enter a time such as 10:00.',
      invalidWeekday: 'Please choose a weekday from Monday to Friday.',
      tooManyMeetings:
        'The period has only {{available}} working days, too few for {{count}} meetings.',
      dateOutsidePeriod: 'The date has to lie within the round.',
      dateOutOfOrder: 'The meeting has to come after the previous one ({{previous}}).',
    },
  },
  endReason: {
    time: 'Not enough time',
    role_change: 'New role or team',
    left_organisation: 'Left the organisation',
    mismatch: 'The pair did not fit',
    personal: 'Personal reasons',
    other: 'Other reason',
  },
  attention: {
    overdue: 'No meeting for a long time',
    cancelledTwiceInARow: 'Two cancellations in a row',
    behindPlan: 'Two or more meetings behind plan',
  },
  suppressed: 'Not shown: fewer than 3 people',
};
