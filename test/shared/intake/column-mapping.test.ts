import { describe, expect, it } from 'vitest';

import {
  EXPORT_HEADERS,
  IMPORT_FIELDS,
  suggestMapping,
  type ColumnTarget,
} from '../../../shared/domain/intake';
import { SEED_TOPICS } from '../../../shared/domain/topics';

const fieldsOf = (mapping: ColumnTarget[]): string[] =>
  mapping.map((t) =>
    t.kind === 'field' ? t.field : t.kind === 'topic' ? `topic:${t.topicId}` : '-',
  );

describe('suggestMapping', () => {
  it('recognises typical German headers', () => {
    const header = [
      'Rolle',
      'Vorname',
      'Name',
      'E-Mail-Adresse',
      'Abteilung',
      'Funktion',
      'Hierarchieebene',
      'Führungskraft E-Mail',
      'Standort',
      'Sprachen',
      'Themen',
      'Datenschutz-Einwilligung',
      'Datum Einwilligung Datenschutz',
      'Bemerkung',
    ];
    expect(fieldsOf(suggestMapping(header, SEED_TOPICS))).toEqual([
      'role',
      'firstName',
      'lastName',
      'email',
      'department',
      'jobTitle',
      'careerStage',
      'managerEmail',
      'location',
      'languages',
      'topics',
      'consentDataProcessing',
      'consentDataProcessingDate',
      '-',
    ]);
  });

  it('recognises typical English headers and "Mail" as email', () => {
    const header = [
      'Role',
      'First Name',
      'Last Name',
      'Mail',
      'Dept',
      'Job Title',
      'Line manager email',
      'Meeting format',
      'Availability',
      'Confidentiality agreement',
      'Confidentiality date',
    ];
    expect(fieldsOf(suggestMapping(header, SEED_TOPICS))).toEqual([
      'role',
      'firstName',
      'lastName',
      'email',
      'department',
      'jobTitle',
      'managerEmail',
      'meetingFormat',
      'availability',
      'consentConfidentiality',
      'consentConfidentialityDate',
    ]);
  });

  it('turns topic-named headers into per-topic level columns and maps each field once', () => {
    const header = ['Email', 'KI-Assistenten', 'Thema: LinkedIn', 'IT security', 'E-Mail'];
    expect(fieldsOf(suggestMapping(header, SEED_TOPICS))).toEqual([
      'email',
      'topic:ai_assistants',
      'topic:social_media_linkedin',
      'topic:it_security',
      '-',
    ]);
  });

  it('recognises every header the export writes, in both languages', () => {
    for (const language of ['de', 'en'] as const) {
      const header = IMPORT_FIELDS.map((f) => EXPORT_HEADERS[language][f]);
      expect(fieldsOf(suggestMapping(header, SEED_TOPICS))).toEqual([...IMPORT_FIELDS]);
    }
  });
});
