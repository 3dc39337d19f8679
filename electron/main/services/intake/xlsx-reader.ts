import readXlsxFile from 'read-excel-file/node';

import {
  IntakeError,
  restoreCell,
  tableFromRows,
  type IntakeLimits,
  type RawTable,
} from '../../../../shared/domain/intake';
import { assertSafeZip } from './zip-guard';

export type XlsxTable = RawTable & { sheetNames: string[]; sheet: string };

const pad = (n: number): string => String(n).padStart(2, '0');

// Excel dates arrive as Date at UTC midnight (the library reads serial numbers as UTC).
const cellText = (value: unknown): string => {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    const date = `${String(value.getUTCFullYear())}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds();
    return time === 0 ? date : value.toISOString();
  }
  if (typeof value === 'string') {
    return restoreCell(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
};

const withTimeout = async <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new IntakeError('read_timeout'));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Reads one sheet of an .xlsx (the first, or `sheet` by name or 1-based index) as
 * strings. The archive passes the zip bomb guard first; dates become `YYYY-MM-DD`;
 * formula cells are read as their stored value, string cells with a formula guard
 * (`'=…`) lose it.
 * @throws IntakeError `archive_invalid`, `archive_too_large`, `sheet_not_found`, `no_header`, `too_many_rows`, `too_many_columns`, `read_timeout`
 */
export const readXlsx = async (
  bytes: Uint8Array,
  limits: IntakeLimits,
  sheet?: string | number,
): Promise<XlsxTable> => {
  assertSafeZip(bytes, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await withTimeout(readXlsxFile(buffer, { trim: false }), limits.timeoutMs);
  } catch (error) {
    if (error instanceof IntakeError) {
      throw error;
    }
    throw new IntakeError('archive_invalid');
  }
  const sheetNames = sheets.map((s) => s.sheet);
  const chosen =
    sheet === undefined
      ? sheets[0]
      : typeof sheet === 'number'
        ? sheets[sheet - 1]
        : sheets.find((s) => s.sheet === sheet);
  if (chosen === undefined) {
    throw new IntakeError(sheet === undefined ? 'no_header' : 'sheet_not_found', {
      sheet: String(sheet ?? ''),
    });
  }
  if (chosen.data.length > limits.maxRows + 1) {
    throw new IntakeError('too_many_rows', { limit: limits.maxRows });
  }
  const rows = chosen.data.map((row) => row.map(cellText));
  const table = tableFromRows(rows);
  if (table === undefined) {
    throw new IntakeError('no_header');
  }
  if (table.rows.length > limits.maxRows) {
    throw new IntakeError('too_many_rows', { limit: limits.maxRows });
  }
  if (table.header.length > limits.maxColumns) {
    throw new IntakeError('too_many_columns', { limit: limits.maxColumns });
  }
  return { ...table, header: table.header, sheetNames, sheet: chosen.sheet };
};
