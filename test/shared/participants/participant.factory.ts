import type { ParticipantInputValues } from '../../../shared/domain/participants';

/** Typed factory for a valid participant input; override any field. */
export const makeParticipantInput = (
  overrides: Partial<ParticipantInputValues> = {},
): ParticipantInputValues => ({
  role: 'mentor',
  firstName: 'Lena',
  lastName: 'Schäfer',
  email: 'lena.schaefer@example.de',
  department: 'Marketing',
  jobTitle: 'Trainee',
  careerStage: 'trainee',
  managerEmail: 'anna.boss@example.de',
  location: 'München',
  languages: ['de', 'en'],
  availability: [{ day: 'mon', slot: 'morning' }],
  meetingFormat: 'either',
  topics: [{ topicId: 'ai_assistants', level: 4 }],
  learnFromOther: ['leading_teams'],
  motivation: 'Ich möchte etwas weitergeben.',
  consents: {
    voluntary: { given: true, date: '2026-11-28' },
    confidentiality: { given: true, date: '2026-11-28' },
    dataProcessing: { given: true, date: '2026-11-28' },
  },
  capacity: 1,
  ...overrides,
});
