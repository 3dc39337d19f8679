import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { writeCsv } from '../../../electron/main/services/intake/csv-reader';
import { exportParticipants } from '../../../electron/main/services/intake/participant-export';
import { readSpreadsheet } from '../../../electron/main/services/intake/spreadsheet-reader';
import {
  FORMULA_TRIGGERS,
  buildImportPlan,
  neutraliseCell,
  suggestMapping,
} from '../../../shared/domain/intake';
import { ParticipantInputSchema, type ParticipantInput } from '../../../shared/domain/participants';
import { makeParticipantInput } from '../../shared/participants/participant.factory';
import { catalogue } from './intake.factory';

const participants: ParticipantInput[] = [
  makeParticipantInput(),
  makeParticipantInput({
    role: 'mentee',
    firstName: "=cmd|' /C calc'!A0",
    lastName: '-Müller',
    email: 'petra.gross@example.de',
    department: '@Vorstand',
    jobTitle: '+49 Leitung',
    careerStage: 'executive',
    managerEmail: '',
    location: "'Köln",
    languages: ['de', 'tr'],
    availability: [
      { day: 'thu', slot: 'afternoon' },
      { day: 'fri', slot: 'morning' },
    ],
    meetingFormat: 'in_person',
    topics: [
      { topicId: 'it_security', level: 1 },
      { topicId: 'next_generation', level: 2 },
    ],
    learnFromOther: [],
    motivation: 'Zeile 1\nZeile 2; mit "Zitat", Komma und €\n=SUMME(A1)',
    consents: {
      voluntary: { given: true, date: '2026-01-31' },
      confidentiality: { given: false, date: null },
      dataProcessing: { given: true, date: '2026-12-01' },
    },
  }),
  makeParticipantInput({
    email: 'third@example.de',
    capacity: 2,
    careerStage: 'high_potential',
    meetingFormat: 'remote',
    availability: [],
  }),
].map((p) => ParticipantInputSchema.parse(p));

const reimport = async (bytes: Buffer, name: string): Promise<ParticipantInput[]> => {
  const table = await readSpreadsheet(bytes, name);
  const plan = buildImportPlan(table, suggestMapping(table.header, catalogue), { catalogue });
  expect(plan.errors).toEqual([]);
  return plan.valid.map((v) => v.participant);
};

describe('export → import round trip', () => {
  it.each([
    ['csv', 'de', ';'],
    ['csv', 'en', ','],
    ['xlsx', 'de', undefined],
    ['xlsx', 'en', undefined],
  ] as const)(
    '%s in %s re-imports to the same participants',
    async (format, language, delimiter) => {
      const bytes = await exportParticipants(participants, catalogue, {
        format,
        language,
        ...(delimiter ? { delimiter } : {}),
      });
      expect(await reimport(bytes, `export.${format}`)).toEqual(participants);
    },
  );

  it('writes CSV as UTF-8 with BOM, semicolons and neutralised cells', async () => {
    const bytes = await exportParticipants(participants, catalogue, { format: 'csv' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^Rolle;Vorname;Nachname;E-Mail;/);
    expect(text).toContain(";'=cmd|' /C calc'!A0;'-Müller;");
    expect(text).toContain(";'Köln;");
    expect(text).not.toMatch(/(^|;|\r\n)[=+\-@]/);
  });

  it('for any string: the exported CSV cell never starts with a trigger and re-imports to the same value', async () => {
    const value = fc
      .tuple(
        fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "'=", ' ', '"'),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
      )
      .map(([prefix, rest]) => prefix + rest)
      // Control characters other than tab and line breaks make a file look binary, by design.
      .filter(
        (s) => !Array.from(s).some((c) => c === '\ufffd' || (c < ' ' && !'\t\n\r\f'.includes(c))),
      );
    await fc.assert(
      fc.asyncProperty(value, async (s) => {
        const cell = neutraliseCell(s);
        expect(FORMULA_TRIGGERS.some((t) => cell.startsWith(t))).toBe(false);
        const bytes = writeCsv({ header: ['Nr', 'Wert'], rows: [['1', cell]] });
        const table = await readSpreadsheet(bytes, 'p.csv');
        expect(table.rows[0]?.[1]).toBe(s);
      }),
      { numRuns: 400 },
    );
  });
});
