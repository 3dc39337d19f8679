import {
  buildImportPlan,
  buildOrgChart,
  detectOrgChartColumns,
  IntakeError,
  previewImport,
  suggestMapping,
  type ColumnMapping,
  type ImportPlan,
  type ImportPlanOptions,
  type OrgChartColumns,
  type OrgChartResult,
  type RowPreview,
} from '../../../../shared/domain/intake';
import {
  readSpreadsheet,
  type ReadSpreadsheetOptions,
  type SpreadsheetTable,
} from './spreadsheet-reader';

/** What the mapping screen needs after a file was picked. */
export type ImportDraft = {
  table: SpreadsheetTable;
  suggestedMapping: ColumnMapping;
  preview: RowPreview[];
};

/**
 * Step 1 of a participant import: read the file, suggest a mapping, preview the
 * first rows. Keep `table` in main (it can be large) and send the rest to the UI.
 * @throws IntakeError (file-level codes)
 */
export const openParticipantImport = async (
  bytes: Uint8Array,
  fileName: string,
  options: ImportPlanOptions & ReadSpreadsheetOptions & { previewRows?: number },
): Promise<ImportDraft> => {
  const table = await readSpreadsheet(bytes, fileName, options);
  const suggestedMapping = suggestMapping(table.header, options.catalogue);
  return {
    table,
    suggestedMapping,
    preview: previewImport(table, suggestedMapping, options, options.previewRows ?? 10),
  };
};

/**
 * Step 2: validate every row with the (possibly edited) mapping. The plan is what the
 * user confirms; `confirmImportPlan` turns it into the one batch to write.
 */
export const planParticipantImport = (
  table: SpreadsheetTable,
  mapping: ColumnMapping,
  options: ImportPlanOptions,
): ImportPlan => {
  if (mapping.length !== table.header.length) {
    throw new RangeError('mapping must have one target per column');
  }
  return buildImportPlan(table, mapping, options);
};

/**
 * Reads an org chart file (employee email → manager email). Columns are detected
 * from the header unless given; problems are reported in `report`, never thrown.
 * @throws IntakeError file-level codes, or `no_header` when the two columns cannot be found
 */
export const importOrgChart = async (
  bytes: Uint8Array,
  fileName: string,
  options: ReadSpreadsheetOptions & { columns?: OrgChartColumns } = {},
): Promise<OrgChartResult & { header: string[]; columns: OrgChartColumns }> => {
  const table = await readSpreadsheet(bytes, fileName, options);
  const columns = options.columns ?? detectOrgChartColumns(table.header);
  if (columns === undefined) {
    throw new IntakeError('no_header', { expected: 'employee,manager' });
  }
  return { ...buildOrgChart(table, columns), header: table.header, columns };
};
