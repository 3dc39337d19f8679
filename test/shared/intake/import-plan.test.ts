import { describe, expect, it } from 'vitest';

import {
  buildImportPlan,
  confirmImportPlan,
  previewImport,
  suggestMapping,
  tableFromRows,
  type RawTable,
} from '../../../shared/domain/intake';
import { SEED_TOPICS } from '../../../shared/domain/topics';

const header = [
  'Rolle',
  'Vorname',
  'Nachname',
  'E-Mail',
  'Abteilung',
  'Themen',
  'Freiwilligkeit',
  'Freiwilligkeit Datum',
];
const person = (
  email: string,
  extra: Partial<Record<'role' | 'first' | 'topics' | 'consent' | 'date', string>> = {},
): string[] => [
  extra.role ?? 'Mentor',
  extra.first ?? 'Ada',
  'Lovelace',
  email,
  'IT',
  extra.topics ?? 'KI:4',
  extra.consent ?? 'ja',
  extra.date ?? '01.10.2026',
];

const table = (...rows: string[][]): RawTable => {
  const t = tableFromRows([header, ...rows]);
  if (t === undefined) {
    throw new Error('no table');
  }
  return t;
};

const plan = (t: RawTable, existing: string[] = []) =>
  buildImportPlan(t, suggestMapping(t.header, SEED_TOPICS), {
    catalogue: SEED_TOPICS,
    existingEmails: new Set(existing),
  });

describe('buildImportPlan', () => {
  it('validates every row and reports problems with the spreadsheet row number, field, column and key', () => {
    const result = plan(
      table(
        person('a@example.de'),
        person('kaputt', { role: 'Chefin' }),
        ['', '', '', '', '', '', '', ''],
        person('c@example.de', { topics: 'Kochen:2', consent: 'ja', date: '' }),
      ),
    );
    expect(result.counts).toMatchObject({ rows: 3, valid: 1, invalid: 2 });
    expect(result.valid.map((v) => v.row)).toEqual([2]);
    expect(result.errors).toEqual([
      {
        row: 3,
        field: 'role',
        column: 'Rolle',
        key: 'validation.role_invalid',
        params: { value: 'Chefin' },
      },
      { row: 3, field: 'email', column: 'E-Mail', key: 'validation.email_invalid' },
      {
        row: 5,
        field: 'topics',
        column: 'Themen',
        key: 'validation.topic_unknown',
        params: { value: 'Kochen' },
      },
      {
        row: 5,
        field: 'consentVoluntaryDate',
        column: 'Freiwilligkeit Datum',
        key: 'validation.consent_date_required',
      },
    ]);
  });

  it('uses a fallback date for consents without one only when asked', () => {
    const t = table(person('a@example.de', { date: '' }));
    const mapping = suggestMapping(t.header, SEED_TOPICS);
    const withFallback = buildImportPlan(t, mapping, {
      catalogue: SEED_TOPICS,
      consentDateFallback: '2026-11-28',
    });
    expect(withFallback.valid[0]?.participant.consents.voluntary).toEqual({
      given: true,
      date: '2026-11-28',
    });
  });

  it('finds duplicates inside the file and against stored emails, case-insensitively', () => {
    const result = plan(
      table(
        person('A@Example.de'),
        person('b@example.de'),
        person(' a@example.DE ', { first: 'Zweite' }),
        person('b@example.de'),
      ),
      ['b@example.de'],
    );
    expect(result.duplicates).toEqual([
      { row: 3, email: 'b@example.de', kind: 'existing', proposedAction: 'skip' },
      { row: 4, email: 'a@example.de', kind: 'in_file', firstRow: 2, proposedAction: 'skip' },
      { row: 5, email: 'b@example.de', kind: 'in_file', firstRow: 3, proposedAction: 'skip' },
    ]);
    expect(result.counts).toMatchObject({
      valid: 4,
      duplicatesInFile: 2,
      duplicatesExisting: 1,
      new: 1,
    });

    expect(confirmImportPlan(result)).toMatchObject({ skipped: [3, 4, 5] });
    const decided = confirmImportPlan(
      result,
      new Map([
        [3, 'update'],
        [4, 'update'],
      ]),
    );
    expect(decided.create.map((p) => [p.email, p.firstName])).toEqual([['a@example.de', 'Zweite']]);
    expect(decided.update.map((p) => p.email)).toEqual(['b@example.de']);
    expect(decided.skipped).toEqual([5]);
  });

  it('keeps formula-like text as plain data', () => {
    const t = table(person('a@example.de', { first: '=HYPERLINK("http://evil","klick")' }));
    expect(plan(t).valid[0]?.participant.firstName).toBe('=HYPERLINK("http://evil","klick")');
  });

  it('previews the first rows with their problems', () => {
    const t = table(person('a@example.de'), person('x'), person('c@example.de'));
    const preview = previewImport(
      t,
      suggestMapping(t.header, SEED_TOPICS),
      { catalogue: SEED_TOPICS },
      2,
    );
    expect(preview.map((p) => [p.row, p.participant?.email, p.issues.length])).toEqual([
      [2, 'a@example.de', 0],
      [3, undefined, 1],
    ]);
  });

  it('reads one column per topic as levels', () => {
    const t = tableFromRows([
      [
        'Rolle',
        'Vorname',
        'Nachname',
        'E-Mail',
        'Abteilung',
        'KI-Assistenten',
        'LinkedIn',
        'Agiles Arbeiten',
      ],
      ['Mentee', 'Bea', 'Berg', 'bea@example.de', 'Einkauf', '2', 'x', ''],
      ['Mentee', 'Cem', 'Can', 'cem@example.de', 'Einkauf', '9', '', ''],
    ]);
    if (t === undefined) {
      throw new Error('no table');
    }
    const result = plan(t);
    expect(result.valid[0]?.participant.topics).toEqual([
      { topicId: 'ai_assistants', level: 2 },
      { topicId: 'social_media_linkedin', level: 3 },
    ]);
    expect(result.valid[0]?.participant.careerStage).toBe('manager');
    expect(result.errors).toEqual([
      {
        row: 3,
        field: 'topic:ai_assistants',
        column: 'KI-Assistenten',
        key: 'validation.topic_level_invalid',
        params: { value: '9' },
      },
    ]);
  });
});
