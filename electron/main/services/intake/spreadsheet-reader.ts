import {
  DEFAULT_INTAKE_LIMITS,
  IntakeError,
  type IntakeLimits,
  type RawTable,
} from '../../../../shared/domain/intake';
import { parseCsv, type CsvDelimiter } from './csv-reader';
import { detectSpreadsheetKind, looksBinary, type SpreadsheetKind } from './file-sniffing';
import { decodeText, type TextEncodingName } from './text-decoding';
import { readXlsx } from './xlsx-reader';

export type ReadSpreadsheetOptions = {
  /** .xlsx: sheet name or 1-based index; default the first sheet. */
  sheet?: string | number;
  /** CSV: force a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter;
  limits?: Partial<IntakeLimits>;
};

/** A read file plus what the UI shows about it (encoding, delimiter, sheets). */
export type SpreadsheetTable = RawTable & {
  kind: SpreadsheetKind;
  encoding?: TextEncodingName;
  delimiter?: CsvDelimiter;
  sheetNames?: string[];
  sheet?: string;
};

/**
 * Reads an uploaded CSV or .xlsx (bytes plus the original file name) into a table of
 * strings, within size, row, column and time limits. The caller maps and validates
 * it with `suggestMapping` / `buildImportPlan` (participants) or `buildOrgChart`.
 * @throws IntakeError with one of the file-level codes in `INTAKE_ERROR_CODES`
 */
export const readSpreadsheet = async (
  bytes: Uint8Array,
  fileName: string,
  options: ReadSpreadsheetOptions = {},
): Promise<SpreadsheetTable> => {
  const limits: IntakeLimits = { ...DEFAULT_INTAKE_LIMITS, ...options.limits };
  const kind = detectSpreadsheetKind(bytes, fileName, limits.maxFileBytes);
  if (kind === 'xlsx') {
    return { kind, ...(await readXlsx(bytes, limits, options.sheet)) };
  }
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) {
    throw new IntakeError('binary_content');
  }
  const table = parseCsv(text, limits, options.delimiter);
  return { kind, encoding, ...table };
};
