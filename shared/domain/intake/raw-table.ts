/**
 * A sheet as read from CSV or xlsx, every cell a string (formula guards already
 * removed by {@link restoreCell}). Row numbers are what the user sees in the
 * spreadsheet: the header is on row `headerRow` (usually 1) and `rows[i]` is on row
 * `headerRow + 1 + i`. Blank rows are kept so numbers stay true.
 */
export type RawTable = {
  header: string[];
  rows: string[][];
  headerRow: number;
};

/** Spreadsheet row number of `rows[index]`. */
export const rowNumberOf = (table: RawTable, index: number): number => table.headerRow + 1 + index;

/** True when every cell of the row is blank (such rows are skipped, not errors). */
export const isBlankRow = (row: readonly string[]): boolean =>
  row.every((cell) => cell.trim() === '');

/**
 * Builds a table from raw rows: the first non-blank row is the header. Trailing
 * blank rows are dropped (CSV files end with a newline).
 */
export const tableFromRows = (rows: string[][]): RawTable | undefined => {
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) {
    return undefined;
  }
  let end = rows.length;
  while (end > headerIndex + 1 && isBlankRow(rows[end - 1] ?? [])) {
    end -= 1;
  }
  const header = (rows[headerIndex] ?? []).map((h) => h.trim());
  return { header, rows: rows.slice(headerIndex + 1, end), headerRow: headerIndex + 1 };
};
