import type { TopicKind, TopicRecord } from './topic.types';

const topic = (id: string, de: string, en: string, kind: TopicKind): TopicRecord => ({
  id,
  name: { de, en },
  kind,
  retired: false,
});

/**
 * Seed catalogue of common reverse-mentoring topics. Ids are stable forever (records
 * and imports refer to them); names may be renamed by HR. Names avoid `;` and `:`
 * because the import format "KI-Assistenten:4; LinkedIn:3" uses them as separators.
 */
export const SEED_TOPICS: readonly TopicRecord[] = [
  topic('social_media_linkedin', 'Social Media und LinkedIn', 'Social media and LinkedIn', 'digital'),
  topic('collaboration_tools', 'Kollaborationstools', 'Collaboration tools', 'digital'),
  topic('ai_assistants', 'KI-Assistenten', 'AI assistants', 'digital'),
  topic('mobile_working', 'Mobiles Arbeiten', 'Mobile working', 'digital'),
  topic('it_security', 'IT-Sicherheit', 'IT security', 'digital'),
  topic('data_analytics', 'Daten und Analytics', 'Data and analytics', 'digital'),
  topic('e_commerce', 'E-Commerce', 'E-commerce', 'digital'),
  topic('agile_working', 'Agiles Arbeiten', 'Agile working', 'digital'),
  topic('next_generation', 'Wie die junge Generation arbeitet und geführt werden will', 'How the younger generation works and wants to be led', 'digital'),
  topic('digital_communication', 'Digitale Kommunikation', 'Digital communication', 'digital'),
  topic('smartphone_apps', 'Smartphone und Apps', 'Smartphones and apps', 'digital'),
  topic('personal_branding', 'Personal Branding', 'Personal branding', 'digital'),
  topic('leading_teams', 'Teams führen', 'Leading teams', 'management'),
  topic('strategic_thinking', 'Strategisches Denken', 'Strategic thinking', 'management'),
  topic('negotiation', 'Verhandlungsführung', 'Negotiation', 'management'),
  topic('internal_networking', 'Netzwerken im Unternehmen', 'Networking in the company', 'management'),
  topic('career_planning', 'Karriereplanung', 'Career planning', 'management'),
  topic('handling_conflicts', 'Umgang mit Konflikten', 'Handling conflicts', 'management'),
  topic('decision_making', 'Entscheidungen treffen', 'Decision making', 'management'),
  topic('presenting', 'Präsentieren vor dem Management', 'Presenting to senior management', 'management'),
  topic('change_management', 'Veränderungen gestalten', 'Leading change', 'management'),
];
