import type { TopicKind, TopicRecord } from './topic.types';

const topic = (
  id: string,
  de: string,
  en: string,
  kind: TopicKind,
  aliases: string[] = [],
): TopicRecord => ({
  id,
  name: { de, en },
  kind,
  retired: false,
  aliases,
});

/**
 * Seed catalogue of common reverse-mentoring topics. Ids are stable forever (records
 * and imports refer to them); names may be renamed by HR. Names avoid `;` and `:`
 * because the import format "KI-Assistenten:4; LinkedIn:3" uses them as separators.
 */
export const SEED_TOPICS: readonly TopicRecord[] = [
  topic(
    'social_media_linkedin',
    'Social Media und LinkedIn',
    'Social media and LinkedIn',
    'digital',
    ['LinkedIn', 'Social Media', 'Instagram', 'Xing'],
  ),
  topic('collaboration_tools', 'Kollaborationstools', 'Collaboration tools', 'digital', [
    'Teams',
    'Microsoft Teams',
    'Slack',
    'Kollaboration',
    'Collaboration',
    'Zusammenarbeit digital',
  ]),
  topic('ai_assistants', 'KI-Assistenten', 'AI assistants', 'digital', [
    'KI',
    'AI',
    'ChatGPT',
    'Copilot',
    'Künstliche Intelligenz',
    'Generative KI',
    'GenAI',
  ]),
  topic('mobile_working', 'Mobiles Arbeiten', 'Mobile working', 'digital', [
    'Homeoffice',
    'Home office',
    'Remote Work',
    'Hybrides Arbeiten',
  ]),
  topic('it_security', 'IT-Sicherheit', 'IT security', 'digital', [
    'Cybersecurity',
    'Cyber Security',
    'Informationssicherheit',
    'Phishing',
  ]),
  topic('data_analytics', 'Daten und Analytics', 'Data and analytics', 'digital', [
    'Daten',
    'Data',
    'Analytics',
    'Datenanalyse',
    'Power BI',
    'Excel',
  ]),
  topic('e_commerce', 'E-Commerce', 'E-commerce', 'digital', [
    'Onlinehandel',
    'Online-Handel',
    'Online shopping',
  ]),
  topic('agile_working', 'Agiles Arbeiten', 'Agile working', 'digital', [
    'Agil',
    'Agile',
    'Scrum',
    'Kanban',
    'New Work',
  ]),
  topic(
    'next_generation',
    'Wie die junge Generation arbeitet und geführt werden will',
    'How the younger generation works and wants to be led',
    'digital',
    ['Gen Z', 'Generation Z', 'Junge Generation', 'Younger generation', 'Generationen'],
  ),
  topic('digital_communication', 'Digitale Kommunikation', 'Digital communication', 'digital', [
    'Messenger',
    'Videokonferenzen',
    'Video calls',
  ]),
  topic('smartphone_apps', 'Smartphone und Apps', 'Smartphones and apps', 'digital', [
    'Smartphone',
    'Apps',
    'Mobile Apps',
  ]),
  topic('personal_branding', 'Personal Branding', 'Personal branding', 'digital'),
  topic('leading_teams', 'Teams führen', 'Leading teams', 'management', [
    'Führung',
    'Leadership',
    'Mitarbeiterführung',
    'Teamführung',
  ]),
  topic('strategic_thinking', 'Strategisches Denken', 'Strategic thinking', 'management', [
    'Strategie',
    'Strategy',
  ]),
  topic('negotiation', 'Verhandlungsführung', 'Negotiation', 'management', [
    'Verhandeln',
    'Verhandlung',
    'Negotiating',
  ]),
  topic(
    'internal_networking',
    'Netzwerken im Unternehmen',
    'Networking in the company',
    'management',
    ['Netzwerken', 'Networking', 'Netzwerk'],
  ),
  topic('career_planning', 'Karriereplanung', 'Career planning', 'management', [
    'Karriere',
    'Career',
    'Laufbahnplanung',
  ]),
  topic('handling_conflicts', 'Umgang mit Konflikten', 'Handling conflicts', 'management', [
    'Konflikte',
    'Konfliktmanagement',
    'Conflict management',
    'Conflicts',
  ]),
  topic('decision_making', 'Entscheidungen treffen', 'Decision making', 'management', [
    'Entscheidungen',
    'Decisions',
  ]),
  topic(
    'presenting',
    'Präsentieren vor dem Management',
    'Presenting to senior management',
    'management',
    ['Präsentieren', 'Präsentation', 'Presenting', 'Presentations'],
  ),
  topic('change_management', 'Veränderungen gestalten', 'Leading change', 'management', [
    'Change Management',
    'Change',
    'Veränderung',
  ]),
];
