import writeXlsxFile from 'write-excel-file/node';

import { participantsToTable, type ExportLanguage } from '../../../../shared/domain/intake';
import type { ParticipantInput } from '../../../../shared/domain/participants';
import type { TopicRecord } from '../../../../shared/domain/topics';
import { writeCsv } from './csv-reader';

export type ParticipantExportOptions = {
  format: 'csv' | 'xlsx';
  /** Header and value language. Default 'de'. */
  language?: ExportLanguage;
  /** CSV only: ';' (default, German Excel) or ','. */
  delimiter?: ',' | ';';
};

/**
 * Exports participants as CSV (UTF-8 with BOM) or .xlsx with the headers the
 * importer recognises; every cell is formula-neutralised. Returns the file bytes;
 * the caller chooses the path (save dialog) and writes them.
 */
export const exportParticipants = async (
  participants: readonly ParticipantInput[],
  catalogue: readonly TopicRecord[],
  options: ParticipantExportOptions,
): Promise<Buffer> => {
  const table = participantsToTable(participants, catalogue, options.language ?? 'de');
  if (options.format === 'csv') {
    return writeCsv(table, options.delimiter ?? ';');
  }
  // Every cell is written as a string: no number or date guessing, and never a formula.
  const data = [table.header, ...table.rows].map((row) =>
    row.map((value) => ({ value, type: String })),
  );
  return writeXlsxFile(data, {
    sheet: options.language === 'en' ? 'Participants' : 'Teilnehmende',
    stickyRowsCount: 1,
    columns: table.header.map((h) => ({ width: Math.min(40, Math.max(12, h.length + 2)) })),
  }).toBuffer();
};
