import type { ParticipantRole } from './participant.constants';
import type { ParticipantInputValues } from './participant.schema';

/**
 * Blank form values for a new participant of `role`. Required fields stay empty so the
 * form shows `validation.required` until HR fills them in.
 */
export const emptyParticipantInput = (role: ParticipantRole): ParticipantInputValues => ({
  role,
  firstName: '',
  lastName: '',
  email: '',
  department: '',
  jobTitle: '',
  careerStage: role === 'mentor' ? 'career_starter' : 'manager',
  managerEmail: '',
  location: '',
  languages: ['de'],
  availability: [],
  meetingFormat: 'either',
  topics: [],
  learnFromOther: [],
  motivation: '',
  consents: {
    voluntary: { given: false, date: null },
    confidentiality: { given: false, date: null },
    dataProcessing: { given: false, date: null },
  },
  capacity: 1,
});
