import { describe, expect, it } from 'vitest';

import {
  ParticipantInputSchema,
  ParticipantSchema,
  VALIDATION_KEYS,
  emptyParticipantInput,
} from '../../../shared/domain/participants';
import { makeParticipantInput } from './participant.factory';

const issues = (input: unknown): { path: string; message: string }[] => {
  const result = ParticipantInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('ParticipantInputSchema', () => {
  it('accepts a complete mentor', () => {
    expect(issues(makeParticipantInput())).toEqual([]);
  });

  it('trims and lower-cases emails, and turns an empty manager email into undefined', () => {
    const parsed = ParticipantInputSchema.parse(
      makeParticipantInput({
        email: '  Lena.Schaefer@Example.DE ',
        managerEmail: '',
        firstName: '  Lena ',
      }),
    );
    expect(parsed.email).toBe('lena.schaefer@example.de');
    expect(parsed.managerEmail).toBeUndefined();
    expect(parsed.firstName).toBe('Lena');
  });

  it('reports an invalid email with an i18n key', () => {
    expect(issues(makeParticipantInput({ email: 'not-an-email' }))).toEqual([
      { path: 'email', message: 'validation.email_invalid' },
    ]);
  });

  it('reports missing required fields as validation.required', () => {
    const found = issues({ ...makeParticipantInput(), firstName: '   ', lastName: undefined });
    expect(found).toContainEqual({ path: 'firstName', message: 'validation.required' });
    expect(found).toContainEqual({ path: 'lastName', message: 'validation.required' });
  });

  it('refuses a manager email equal to the own email, whatever the case', () => {
    expect(issues(makeParticipantInput({ managerEmail: 'LENA.schaefer@example.de ' }))).toEqual([
      { path: 'managerEmail', message: 'validation.manager_is_self' },
    ]);
  });

  it('requires a date for every consent that is given', () => {
    const input = makeParticipantInput({
      consents: {
        voluntary: { given: true, date: null },
        confidentiality: { given: false, date: null },
        dataProcessing: { given: true, date: '2026-02-30' },
      },
    });
    expect(issues(input)).toEqual([
      { path: 'consents.voluntary.date', message: 'validation.consent_date_required' },
      { path: 'consents.dataProcessing.date', message: 'validation.date_invalid' },
    ]);
  });

  it('checks topic levels, language codes, duplicates and limits', () => {
    const input = makeParticipantInput({
      topics: [
        { topicId: 'ai_assistants', level: 6 },
        { topicId: 'it_security', level: 2.5 },
      ],
      languages: ['de', 'Deutsch'],
      motivation: 'x'.repeat(2001),
      availability: [
        { day: 'mon', slot: 'morning' },
        { day: 'mon', slot: 'morning' },
      ],
    });
    expect(issues(input)).toEqual([
      { path: 'languages.1', message: 'validation.language_invalid' },
      { path: 'availability', message: 'validation.duplicate_entry' },
      { path: 'topics.0.level', message: 'validation.topic_level_invalid' },
      { path: 'topics.1.level', message: 'validation.topic_level_invalid' },
      { path: 'motivation', message: 'validation.too_long' },
    ]);
  });

  it('needs at least one language and one topic', () => {
    const found = issues(makeParticipantInput({ languages: [], topics: [] }));
    expect(found).toContainEqual({ path: 'languages', message: 'validation.languages_required' });
    expect(found).toContainEqual({ path: 'topics', message: 'validation.topics_required' });
  });

  it('allows capacity 2 for mentors only', () => {
    expect(issues(makeParticipantInput({ capacity: 2 }))).toEqual([]);
    expect(issues(makeParticipantInput({ role: 'mentee', capacity: 2 }))).toEqual([
      { path: 'capacity', message: 'validation.capacity_mentor_only' },
    ]);
    expect(issues(makeParticipantInput({ capacity: 3 as 1 }))).toEqual([
      { path: 'capacity', message: 'validation.capacity_invalid' },
    ]);
  });

  it('answers wrong types from hostile IPC input with keys, never English', () => {
    const found = issues({ role: 'boss', email: 42, consents: 'yes', topics: 'all' });
    const keys = new Set<string>(Object.values(VALIDATION_KEYS));
    expect(found.length).toBeGreaterThan(5);
    for (const issue of found) {
      expect(keys.has(issue.message), issue.message).toBe(true);
    }
    expect(issues(null)).toEqual([{ path: '', message: 'validation.invalid' }]);
  });

  it('starts a blank form that fails only on fields HR must fill in', () => {
    const paths = issues(emptyParticipantInput('mentee')).map((i) => i.path);
    expect(paths).toEqual(['firstName', 'lastName', 'email', 'department', 'topics']);
  });
});

describe('ParticipantSchema', () => {
  it('adds id, timestamps and status to the input', () => {
    const stored = {
      ...makeParticipantInput(),
      id: 'p-1',
      createdAt: '2026-11-28T10:00:00.000Z',
      updatedAt: '2026-11-28T10:00:00.000Z',
      status: 'withdrawn',
    };
    expect(ParticipantSchema.parse(stored).status).toBe('withdrawn');
    expect(ParticipantSchema.safeParse({ ...stored, status: 'gone' }).success).toBe(false);
  });
});
