import Papa from 'papaparse';

import {
  IntakeError,
  restoreCell,
  tableFromRows,
  type IntakeLimits,
  type RawTable,
} from '../../../../shared/domain/intake';

export type CsvDelimiter = ',' | ';' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [';', ',', '\t'];

/**
 * Picks the delimiter from the header line (outside quotes): headers are short and
 * predictable, while data cells may hold commas and semicolons. Ties prefer `;`
 * (German Excel), no delimiter at all means a one-column file (`,`).
 */
export const detectDelimiter = (text: string): CsvDelimiter => {
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i += 1) {
    const c = text[i];
    if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === '\n' || c === '\r')) {
      break;
    } else if (!quoted && (c === ';' || c === ',' || c === '\t')) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
};

/**
 * Parses CSV text (already decoded) into a table of strings with papaparse: header
 * row, quoted fields with line breaks, no type guessing (so `=1+1` and `007` stay
 * text), formula guards (`'=`) undone. Parsing stops after `maxRows` data rows.
 * @throws IntakeError `no_header`, `too_many_rows`, `too_many_columns`
 */
export const parseCsv = (
  text: string,
  limits: Pick<IntakeLimits, 'maxRows' | 'maxColumns'>,
  delimiter: CsvDelimiter = detectDelimiter(text),
): RawTable & { delimiter: CsvDelimiter } => {
  // preview bounds the work even for a file of a million short lines; the +2 leaves
  // room for the header and one row over the limit, which is how we detect "too many".
  const result = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview: limits.maxRows + 2,
  });
  const rows = result.data;
  const table = tableFromRows(rows);
  if (table === undefined || table.header.every((h) => h === '')) {
    throw new IntakeError('no_header');
  }
  if (table.rows.length > limits.maxRows) {
    throw new IntakeError('too_many_rows', { limit: limits.maxRows });
  }
  let columns = table.header.length;
  for (const row of table.rows) {
    columns = Math.max(columns, row.length);
  }
  if (columns > limits.maxColumns) {
    throw new IntakeError('too_many_columns', { limit: limits.maxColumns });
  }
  return {
    header: table.header.map(restoreCell),
    rows: table.rows.map((row) => row.map(restoreCell)),
    headerRow: table.headerRow,
    delimiter,
  };
};

/**
 * Writes a table as CSV for Excel: UTF-8 with BOM (so Excel detects the encoding),
 * CRLF line ends, `;` by default (German Excel), quotes where needed. Cells are
 * expected to be neutralised already (see `participantsToTable`).
 */
export const writeCsv = (
  table: Pick<RawTable, 'header' | 'rows'>,
  delimiter: ',' | ';' = ';',
): Buffer => {
  const csv = Papa.unparse([table.header, ...table.rows], {
    delimiter,
    newline: '\r\n',
    quotes: false,
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]);
};
