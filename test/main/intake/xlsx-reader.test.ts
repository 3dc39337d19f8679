import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';

import {
  importOrgChart,
  openParticipantImport,
} from '../../../electron/main/services/intake/intake.service';
import { readSpreadsheet } from '../../../electron/main/services/intake/spreadsheet-reader';
import { IntakeError } from '../../../shared/domain/intake';
import { catalogue } from './intake.factory';

const people = [
  [
    'Rolle',
    'Vorname',
    'Nachname',
    'E-Mail',
    'Abteilung',
    'Themen',
    'Kapazität',
    'Datenschutz',
    'Datenschutz Datum',
  ],
  [
    'Mentor',
    'Jonas',
    'Öztürk',
    'jonas@x.de',
    'Logistik',
    'LinkedIn:5',
    2,
    true,
    new Date(Date.UTC(2026, 10, 28)),
  ],
  ['Mentee', 'Petra', 'Groß', 'petra@x.de', 'Vorstand', 'KI:1', null, 'ja', '28.11.2026'],
];

describe('xlsx reading', () => {
  it('round-trips a sheet written by write-excel-file, with numbers, booleans and dates as text', async () => {
    const bytes = await writeXlsxFile(people as never, { dateFormat: 'dd.mm.yyyy' }).toBuffer();
    const table = await readSpreadsheet(bytes, 'Teilnehmende.xlsx');
    expect(table.kind).toBe('xlsx');
    expect(table.header).toEqual(people[0]);
    expect(table.rows[0]).toEqual([
      'Mentor',
      'Jonas',
      'Öztürk',
      'jonas@x.de',
      'Logistik',
      'LinkedIn:5',
      '2',
      'true',
      '2026-11-28',
    ]);
    const draft = await openParticipantImport(bytes, 'Teilnehmende.xlsx', { catalogue });
    expect(draft.preview.map((p) => p.issues)).toEqual([[], []]);
    expect(draft.preview[0]?.participant).toMatchObject({
      capacity: 2,
      consents: { dataProcessing: { given: true, date: '2026-11-28' } },
    });
  });

  it('reads the first sheet by default, or a chosen one by name or number', async () => {
    const bytes = await writeXlsxFile([
      { data: [['Hinweis'], ['bitte Blatt 2']], sheet: 'Info' },
      {
        data: [
          ['Mitarbeiter E-Mail', 'Führungskraft E-Mail'],
          ['a@x.de', 'b@x.de'],
        ],
        sheet: 'Organigramm',
      },
    ] as never).toBuffer();
    expect((await readSpreadsheet(bytes, 'o.xlsx')).header).toEqual(['Hinweis']);
    expect((await readSpreadsheet(bytes, 'o.xlsx', { sheet: 'Organigramm' })).sheetNames).toEqual([
      'Info',
      'Organigramm',
    ]);
    const org = await importOrgChart(bytes, 'o.xlsx', { sheet: 2 });
    expect(org.links).toEqual([{ employeeEmail: 'a@x.de', managerEmail: 'b@x.de', row: 2 }]);
    await expect(readSpreadsheet(bytes, 'o.xlsx', { sheet: 'Fehlt' })).rejects.toMatchObject({
      code: 'sheet_not_found',
    });
  });

  it('explains an org chart without recognisable columns', async () => {
    await expect(importOrgChart(Buffer.from('Name;Ort\nA;B\n'), 'org.csv')).rejects.toBeInstanceOf(
      IntakeError,
    );
  });
});
