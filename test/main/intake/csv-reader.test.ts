import { describe, expect, it } from 'vitest';

import { detectDelimiter, parseCsv } from '../../../electron/main/services/intake/csv-reader';
import { readSpreadsheet } from '../../../electron/main/services/intake/spreadsheet-reader';
import {
  DEFAULT_INTAKE_LIMITS,
  buildImportPlan,
  suggestMapping,
} from '../../../shared/domain/intake';
import { catalogue, germanCsv, germanRow, GERMAN_HEADER, toWindows1252 } from './intake.factory';

describe('CSV reading', () => {
  it('detects semicolon, comma and tab from the header line, ignoring data cells', () => {
    expect(detectDelimiter('a;b;c\n"1,2,3,4,5";x;y')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3;4;5;6')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1,2')).toBe('\t');
    expect(detectDelimiter('"E-Mail; privat",Name,Ort\n')).toBe(',');
    expect(detectDelimiter('Email\nx@y.de')).toBe(',');
  });

  it('keeps line breaks and delimiters inside quoted cells and counts rows as records', () => {
    const text =
      'Name;Motivation;E-Mail\r\nAda;"Zeile 1\r\nZeile 2; mit ""Zitat""";a@x.de\r\nBob;kurz;b@x.de\r\n';
    const table = parseCsv(text, DEFAULT_INTAKE_LIMITS);
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([
      ['Ada', 'Zeile 1\r\nZeile 2; mit "Zitat"', 'a@x.de'],
      ['Bob', 'kurz', 'b@x.de'],
    ]);
  });

  it('keeps formula-like cells as text and undoes an export guard', () => {
    const table = parseCsv("A,B,C\n=1+1,'=2+2,'quoted\n+49 89,@sum,-3\n", DEFAULT_INTAKE_LIMITS);
    expect(table.rows).toEqual([
      ['=1+1', '=2+2', "'quoted"],
      ['+49 89', '@sum', '-3'],
    ]);
  });

  it('imports a German semicolon CSV in Windows-1252 with errors and duplicates at the right rows', async () => {
    // Spreadsheet rows: 1 header, 2 first person, 3 blank, 4 … 8 as listed.
    const lines = [
      GERMAN_HEADER,
      germanRow(0),
      '',
      germanRow(1, { email: 'PERSON0@example.de' }),
      germanRow(2, { role: 'Praktikant' }),
      germanRow(3, { topics: 'Häkeln:2' }),
      germanRow(4, { date: '31.02.2026' }),
      germanRow(5, { email: 'bekannt@example.de' }),
    ];
    const table = await readSpreadsheet(toWindows1252(lines.join('\r\n')), 'Teilnehmende.csv');
    expect(table).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
    const plan = buildImportPlan(table, suggestMapping(table.header, catalogue), {
      catalogue,
      existingEmails: new Set(['bekannt@example.de']),
    });
    expect(plan.valid[0]?.participant).toMatchObject({
      lastName: 'Müller-0',
      location: 'München',
      motivation: 'Ich möchte lernen; und "lehren"',
    });
    expect(plan.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [5, 'role', 'validation.role_invalid'],
      [6, 'topics', 'validation.topic_unknown'],
      [7, 'consentVoluntaryDate', 'validation.date_invalid'],
    ]);
    expect(plan.errors[1]?.params).toEqual({ value: 'Häkeln' });
    expect(plan.duplicates.map((d) => [d.row, d.kind])).toEqual([
      [4, 'in_file'],
      [8, 'existing'],
    ]);
    expect(plan.counts).toMatchObject({ rows: 6, valid: 3, invalid: 3, new: 1 });
  });

  it('reads an English comma CSV in UTF-8 with BOM', async () => {
    const text =
      '\uFEFFRole,First name,Last name,Email,Department,Topics,Languages\nMentee,Zoë,O\'Neil,zoe@example.com,Finance,"AI assistants:1, Agile working:2",English\n';
    const table = await readSpreadsheet(Buffer.from(text, 'utf8'), 'people.CSV');
    const plan = buildImportPlan(table, suggestMapping(table.header, catalogue), { catalogue });
    expect(plan.errors).toEqual([]);
    expect(plan.valid[0]?.participant).toMatchObject({
      firstName: 'Zoë',
      languages: ['en'],
      topics: [
        { topicId: 'ai_assistants', level: 1 },
        { topicId: 'agile_working', level: 2 },
      ],
    });
  });

  it('parses, maps and validates 10,000 rows quickly', async () => {
    const start = performance.now();
    const table = await readSpreadsheet(toWindows1252(germanCsv(10_000)), 'gross.csv');
    const plan = buildImportPlan(table, suggestMapping(table.header, catalogue), { catalogue });
    expect(plan.counts.valid).toBe(10_000);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
