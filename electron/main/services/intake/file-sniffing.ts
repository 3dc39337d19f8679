import { IntakeError } from '../../../../shared/domain/intake';

export type SpreadsheetKind = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Formats people pick by mistake: PDF, PNG, JPEG, GIF, gzip, 7z, RAR, ELF.
const OTHER_BINARY: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0x52, 0x61, 0x72, 0x21],
  [0x7f, 0x45, 0x4c, 0x46],
];

const extensionOf = (fileName: string): string =>
  /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/**
 * Decides how to read a file from its extension and checks that the first bytes
 * agree (magic bytes), so a renamed PDF or an old .xls gives a clear message
 * instead of garbage rows.
 * @throws IntakeError `file_empty`, `file_too_large`, `file_type_unsupported`, `xls_not_supported`, `file_content_mismatch`
 */
export const detectSpreadsheetKind = (
  bytes: Uint8Array,
  fileName: string,
  maxFileBytes: number,
): SpreadsheetKind => {
  if (bytes.length === 0) {
    throw new IntakeError('file_empty');
  }
  if (bytes.length > maxFileBytes) {
    throw new IntakeError('file_too_large', { limitMb: Math.round(maxFileBytes / 1024 / 1024) });
  }
  const extension = extensionOf(fileName);
  if (extension === 'xls' || startsWith(bytes, OLE)) {
    throw new IntakeError('xls_not_supported');
  }
  if (extension === 'xlsx') {
    if (!startsWith(bytes, ZIP)) {
      throw new IntakeError('file_content_mismatch', { expected: 'xlsx' });
    }
    return 'xlsx';
  }
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') {
    if (startsWith(bytes, ZIP) || OTHER_BINARY.some((sig) => startsWith(bytes, sig))) {
      throw new IntakeError('file_content_mismatch', { expected: 'csv' });
    }
    return 'csv';
  }
  throw new IntakeError('file_type_unsupported', { extension });
};

/**
 * True when decoded text is evidently not a spreadsheet: NUL characters or many
 * control characters in the first 64 KB (tab, line breaks and form feed are fine).
 */
export const looksBinary = (text: string): boolean => {
  const sample = text.slice(0, 65_536);
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      return true;
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) {
      controls += 1;
    }
  }
  return controls > Math.max(8, sample.length * 0.01);
};
