import { CAREER_STAGES, type ParticipantInput } from '../../../../shared/domain/participants';

const FIRST = ['Lena', 'Jonas', 'Mia', 'Felix', 'Emma', 'Paul', 'Hannah', 'Ben', 'Lea', 'Elias', 'Sophie', 'Noah', 'Marie', 'Finn', 'Clara', 'Luca', 'Ida', 'Anton', 'Greta', 'Theo'];
const LAST = ['Schäfer', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Schmitt', 'Meier', 'Lehmann', 'Huber', 'Vogel'];
const DEPARTMENTS = ['Vertrieb', 'IT', 'Personal', 'Einkauf', 'Produktion', 'Finanzen'];
const DIGITAL = ['ai_assistants', 'social_media_linkedin', 'collaboration_tools', 'it_security', 'data_analytics', 'mobile_working'];
const MANAGEMENT = ['leading_teams', 'negotiation', 'strategic_thinking'];
export const SAMPLE_DOMAIN = 'beispiel-gmbh.example';

/**
 * Names of person `i`. Mentors and mentees alternate by index, so the name lists are walked in
 * steps that mix women and men in both roles and give neighbours (who often end up in one
 * tandem) different last names; all 60 full names are distinct.
 */
const firstNameOf = (i: number): string => FIRST[(7 * i + Math.floor(i / 2) + Math.floor(i / 20)) % FIRST.length] ?? 'Alex';
const lastNameOf = (i: number): string => LAST[(7 * i + 3) % LAST.length] ?? 'Muster';

export type SampleProgramme = {
  participants: ParticipantInput[];
  orgLinks: { employeeEmail: string; managerEmail: string }[];
};

/**
 * A fictional company of 60 people: a managing director, 6 heads of department, and
 * under each department senior managers (mentees) and juniors (mentors). Deterministic, so
 * screenshots and tests see the same programme every time.
 */
export function buildSampleProgramme(today: string, knownTopics: ReadonlySet<string>): SampleProgramme {
  const pick = (ids: string[]) => ids.filter((id) => knownTopics.has(id));
  const digital = pick(DIGITAL);
  const management = pick(MANAGEMENT);
  const email = (i: number): string => {
    const first = firstNameOf(i);
    const last = lastNameOf(i);
    return `${first}.${last}${String(i)}`.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue') + `@${SAMPLE_DOMAIN}`;
  };
  const ceo = `geschaeftsfuehrung@${SAMPLE_DOMAIN}`;
  const heads = DEPARTMENTS.map((d) => `leitung.${d.toLowerCase().replace(/[^a-z]/g, '')}@${SAMPLE_DOMAIN}`);
  const orgLinks = heads.map((h) => ({ employeeEmail: h, managerEmail: ceo }));
  const consents = {
    voluntary: { given: true, date: today },
    confidentiality: { given: true, date: today },
    dataProcessing: { given: true, date: today },
  };
  const participants: ParticipantInput[] = [];
  for (let i = 0; i < 60; i += 1) {
    const deptIndex = i % DEPARTMENTS.length;
    const department = DEPARTMENTS[deptIndex] ?? 'IT';
    const head = heads[deptIndex] ?? ceo;
    const mentee = i % 2 === 1;
    const own = email(i);
    // Everyone reports to the head of their department, who reports to the managing director:
    // three levels, so the reporting chain on each person has something to show.
    const managerEmail = head;
    orgLinks.push({ employeeEmail: own, managerEmail });
    const topics = mentee
      ? [{ topicId: digital[i % digital.length] ?? 'ai_assistants', level: 1 + (i % 2) }]
      : [{ topicId: digital[i % digital.length] ?? 'ai_assistants', level: 4 + (i % 2) }, { topicId: digital[(i + 1) % digital.length] ?? 'ai_assistants', level: 3 }];
    participants.push({
      role: mentee ? 'mentee' : 'mentor',
      firstName: firstNameOf(i),
      lastName: lastNameOf(i),
      email: own,
      department,
      jobTitle: mentee ? `Bereichsleitung ${department}` : `Trainee ${department}`,
      careerStage: mentee ? (CAREER_STAGES[5 + (i % 3)] ?? 'manager') : (CAREER_STAGES[i % 3] ?? 'trainee'),
      managerEmail,
      location: i % 3 === 0 ? 'Hamburg' : 'München',
      languages: i % 4 === 0 ? ['de', 'en'] : ['de'],
      availability: [{ day: (['mon', 'tue', 'wed', 'thu', 'fri'] as const)[i % 5] ?? 'mon', slot: i % 2 === 0 ? 'morning' : 'afternoon' }],
      meetingFormat: (['in_person', 'remote', 'either'] as const)[i % 3] ?? 'either',
      topics: topics.filter((t, index) => topics.findIndex((o) => o.topicId === t.topicId) === index),
      learnFromOther: mentee ? [] : management.slice(0, 1 + (i % 2)),
      motivation: mentee ? 'Ich möchte verstehen, wie jüngere Kolleginnen und Kollegen arbeiten.' : 'Ich teile gern, was ich kann, und lerne Führung aus erster Hand.',
      consents,
      capacity: 1,
    });
  }
  return { participants, orgLinks };
}
