import { randomBytes } from 'node:crypto';

import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';

import {
  readSpreadsheet,
  type ReadSpreadsheetOptions,
} from '../../../electron/main/services/intake/spreadsheet-reader';
import { assertSafeZip } from '../../../electron/main/services/intake/zip-guard';
import { IntakeError, buildImportPlan, suggestMapping } from '../../../shared/domain/intake';
import { catalogue } from './intake.factory';
import { buildZip } from './zip.factory';

const codeOf = async (
  bytes: Uint8Array,
  name: string,
  options?: ReadSpreadsheetOptions,
): Promise<string> => {
  try {
    await readSpreadsheet(bytes, name, options);
    return 'read';
  } catch (error) {
    return error instanceof IntakeError ? error.code : `unexpected: ${String(error)}`;
  }
};

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1');

describe('hostile and malformed files', () => {
  it('refuses empty, oversized, unknown and mislabelled files with a clear code', async () => {
    expect(await codeOf(new Uint8Array(), 'a.csv')).toBe('file_empty');
    expect(await codeOf(Buffer.alloc(21 * 1024 * 1024, 0x41), 'a.csv')).toBe('file_too_large');
    expect(await codeOf(Buffer.from('a,b'), 'a.docx')).toBe('file_type_unsupported');
    expect(await codeOf(pdf, 'liste.xlsx')).toBe('file_content_mismatch');
    expect(await codeOf(pdf, 'liste.csv')).toBe('file_content_mismatch');
    expect(await codeOf(buildZip([{ name: 'a.txt', data: Buffer.from('x') }]), 'liste.csv')).toBe(
      'file_content_mismatch',
    );
    expect(
      await codeOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'alt.xls'),
    ).toBe('xls_not_supported');
    expect(
      await codeOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'alt.xlsx'),
    ).toBe('xls_not_supported');
  });

  it('refuses binary garbage named .csv', async () => {
    const garbage = randomBytes(64 * 1024);
    garbage[10] = 0;
    expect(await codeOf(garbage, 'daten.csv')).toBe('binary_content');
  });

  it('refuses a zip that is not a spreadsheet, and a truncated xlsx', async () => {
    expect(
      await codeOf(buildZip([{ name: 'hello.txt', data: Buffer.from('hello') }]), 'a.xlsx'),
    ).toBe('archive_invalid');
    const real = await writeXlsxFile([['E-Mail'], ['a@x.de']]).toBuffer();
    expect(await codeOf(real.subarray(0, real.length - 40), 'kaputt.xlsx')).toBe('archive_invalid');
    expect(
      await codeOf(
        randomBytes(2048).fill(0x50, 0, 1).fill(0x4b, 1, 2).fill(3, 2, 3).fill(4, 3, 4),
        'zufall.xlsx',
      ),
    ).toBe('archive_invalid');
  });

  it('refuses a zip bomb, also one whose headers lie about the size', async () => {
    const limits = { maxUncompressedBytes: 1024 * 1024 };
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    expect(
      await codeOf(buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]), 'bombe.xlsx', {
        limits,
      }),
    ).toBe('archive_too_large');
    expect(
      await codeOf(
        buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 100 }]),
        'luege.xlsx',
        { limits },
      ),
    ).toBe('archive_too_large');
  });

  it('refuses an archive with an entry hidden from its directory', async () => {
    const real = await writeXlsxFile([['E-Mail'], ['a@x.de']]).toBuffer();
    expect(await codeOf(real, 'echt.xlsx')).toBe('read');
    const limits = { maxUncompressedBytes: 1024 * 1024 };
    const archive = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024), hidden: true },
    ]);
    expect(await codeOf(archive, 'versteckt.xlsx', { limits })).toBe('archive_invalid');
    // The guard itself sees it (not only the spreadsheet library failing later).
    const guardLimits = { ...limits, maxArchiveEntries: 10 };
    expect(() => {
      assertSafeZip(archive, guardLimits);
    }).toThrow(IntakeError);
    expect(() => {
      assertSafeZip(buildZip([{ name: 'a.xml', data: Buffer.from('<a/>') }]), guardLimits);
    }).not.toThrow();
  });

  it('stops at 100,000 data rows with too_many_rows, quickly', async () => {
    const lines = ['E-Mail', ...Array.from({ length: 100_001 }, (_, i) => `p${String(i)}@x.de`)];
    const start = performance.now();
    expect(await codeOf(Buffer.from(lines.join('\n')), 'viele.csv')).toBe('too_many_rows');
    expect(performance.now() - start).toBeLessThan(5000);
    expect(
      await codeOf(Buffer.from(lines.slice(0, 1001).join('\n')), 'wenige.csv', {
        limits: { maxRows: 999 },
      }),
    ).toBe('too_many_rows');
  });

  it('handles exactly 100,000 rows within bounds', async () => {
    const lines = [
      'Rolle;Vorname;Nachname;E-Mail;Abteilung;Themen',
      ...Array.from({ length: 100_000 }, (_, i) => `Mentor;A;B;p${String(i)}@x.de;IT;KI`),
    ];
    const start = performance.now();
    const table = await readSpreadsheet(Buffer.from(lines.join('\n')), 'grenze.csv');
    const plan = buildImportPlan(table, suggestMapping(table.header, catalogue), { catalogue });
    expect(plan.counts.valid).toBe(100_000);
    expect(performance.now() - start).toBeLessThan(30_000);
  });

  it('refuses too many columns', async () => {
    const header = Array.from({ length: 300 }, (_, i) => `c${String(i)}`).join(';');
    expect(await codeOf(Buffer.from(`${header}\n1;2`), 'breit.csv')).toBe('too_many_columns');
  });

  it('keeps formula cells as text and never evaluates them', async () => {
    const csv =
      'Rolle;Vorname;Nachname;E-Mail;Abteilung;Themen;Motivation\nMentor;=1+1;"=HYPERLINK(""http://x"";""y"")";a@x.de;@IT;KI;"-2+3"\n';
    const table = await readSpreadsheet(Buffer.from(csv), 'formeln.csv');
    const plan = buildImportPlan(table, suggestMapping(table.header, catalogue), { catalogue });
    expect(plan.valid[0]?.participant).toMatchObject({
      firstName: '=1+1',
      lastName: '=HYPERLINK("http://x";"y")',
      department: '@IT',
      motivation: '-2+3',
    });
  });
});
