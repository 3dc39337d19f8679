import { describe, expect, it } from 'vitest';

import {
  parseAvailability,
  parseCareerStage,
  parseDate,
  parseLanguages,
  parseMeetingFormat,
  parseRole,
  parseTopicList,
  parseYesNo,
} from '../../../shared/domain/intake';
import { SEED_TOPICS, buildTopicLookup } from '../../../shared/domain/topics';

const lookup = buildTopicLookup(SEED_TOPICS);
const value = <T>(result: { ok: true; value: T } | { ok: false }): T | 'error' =>
  result.ok ? result.value : 'error';

describe('cell parsers', () => {
  it('reads roles in German and English, gendered forms included', () => {
    expect(
      ['Mentor', 'Mentorin', 'Mentor:in', 'mentor*in', 'MENTEE', 'Mentee'].map((c) =>
        value(parseRole(c)),
      ),
    ).toEqual(['mentor', 'mentor', 'mentor', 'mentor', 'mentee', 'mentee']);
    expect(parseRole('Chef')).toMatchObject({
      ok: false,
      key: 'validation.role_invalid',
      params: { value: 'Chef' },
    });
    expect(parseRole(' ')).toMatchObject({ ok: false, key: 'validation.required' });
  });

  it('reads German and ISO dates and refuses impossible ones', () => {
    expect(value(parseDate('28.11.2026'))).toBe('2026-11-28');
    expect(value(parseDate('1.2.26'))).toBe('2026-02-01');
    expect(value(parseDate('2026-11-28'))).toBe('2026-11-28');
    expect(value(parseDate('2026-11-28T00:00:00.000Z'))).toBe('2026-11-28');
    expect(value(parseDate('28/11/2026'))).toBe('2026-11-28');
    expect(value(parseDate('31.02.2026'))).toBe('error');
    expect(value(parseDate('morgen'))).toBe('error');
  });

  it('reads consent marks', () => {
    expect(
      ['ja', 'JA', 'x', 'yes', 'true', '1', '✓', 'Wahr'].map((c) => value(parseYesNo(c))),
    ).toEqual(Array(8).fill(true));
    expect(['nein', 'no', '', 'false', '0'].map((c) => value(parseYesNo(c)))).toEqual(
      Array(5).fill(false),
    );
    expect(parseYesNo('vielleicht')).toMatchObject({
      ok: false,
      key: 'validation.consent_value_invalid',
    });
  });

  it('reads availability in both languages; a day alone means the whole day', () => {
    expect(value(parseAvailability('Mo vormittags; Mi nachmittags'))).toEqual([
      { day: 'mon', slot: 'morning' },
      { day: 'wed', slot: 'afternoon' },
    ]);
    expect(value(parseAvailability('Fri, tue-afternoon'))).toEqual([
      { day: 'fri', slot: 'morning' },
      { day: 'fri', slot: 'afternoon' },
      { day: 'tue', slot: 'afternoon' },
    ]);
    expect(parseAvailability('Sonntag abends')).toMatchObject({
      ok: false,
      key: 'validation.availability_invalid',
    });
  });

  it('reads topic lists with levels in several notations, by name, alias or id', () => {
    expect(
      value(
        parseTopicList('KI-Assistenten:4; LinkedIn=3; IT-Sicherheit (2); agile_working', lookup, 3),
      ),
    ).toEqual([
      { topicId: 'ai_assistants', level: 4 },
      { topicId: 'social_media_linkedin', level: 3 },
      { topicId: 'it_security', level: 2 },
      { topicId: 'agile_working', level: 3 },
    ]);
    expect(parseTopicList('Kochen:3', lookup, 3)).toMatchObject({
      ok: false,
      key: 'validation.topic_unknown',
      params: { value: 'Kochen' },
    });
    expect(parseTopicList('KI:7', lookup, 3)).toMatchObject({
      ok: false,
      key: 'validation.topic_level_invalid',
    });
  });

  it('maps language names, career stages and formats', () => {
    expect(parseLanguages('Deutsch, Englisch / Türkisch')).toEqual(['de', 'en', 'tr']);
    expect(parseLanguages('de;EN')).toEqual(['de', 'en']);
    expect(value(parseCareerStage('Azubi'))).toBe('trainee');
    expect(value(parseCareerStage('Bereichsleiterin'))).toBe('senior_manager');
    expect(value(parseCareerStage('Senior manager'))).toBe('senior_manager');
    expect(value(parseCareerStage('Vorstand'))).toBe('executive');
    expect(value(parseMeetingFormat('Präsenz'))).toBe('in_person');
    expect(value(parseMeetingFormat('either'))).toBe('either');
  });
});
