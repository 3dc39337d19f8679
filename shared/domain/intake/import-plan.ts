import { ParticipantInputSchema, type ParticipantInput } from '../participants/participant.schema';
import type { TopicRecord } from '../topics/topic.types';
import { buildTopicLookup } from '../topics/topic-catalogue';
import type { ColumnMapping } from './column-headers';
import { isBlankRow, rowNumberOf, type RawTable } from './raw-table';
import {
  asValidationKey,
  fieldOfPath,
  mapRow,
  type MappingOptions,
  type RowIssue,
} from './row-mapper';

export type DuplicateAction = 'skip' | 'update';

/** A valid row whose email is already taken, in the file (by an earlier row) or in the store. */
export type ImportDuplicate = {
  row: number;
  email: string;
  kind: 'in_file' | 'existing';
  /** For `in_file`: the earlier row with the same email. */
  firstRow?: number;
  /** Safe default: never overwrite without the user choosing `update`. */
  proposedAction: DuplicateAction;
};

export type ImportRow = { row: number; participant: ParticipantInput };

/** The outcome of an import dry run; nothing has been written. */
export type ImportPlan = {
  /** Every row that passed validation, duplicates included (see `duplicates`). */
  valid: ImportRow[];
  /** All problems, several per row possible, in row order. */
  errors: RowIssue[];
  duplicates: ImportDuplicate[];
  counts: {
    /** Non-blank data rows. */
    rows: number;
    valid: number;
    invalid: number;
    duplicatesInFile: number;
    duplicatesExisting: number;
    /** Valid rows that would be created as proposed (not duplicates). */
    new: number;
  };
};

export type ImportPlanOptions = MappingOptions & {
  catalogue: readonly TopicRecord[];
  /** Emails already stored (normalised: trimmed, lower case). */
  existingEmails?: ReadonlySet<string>;
};

export type RowPreview = {
  row: number;
  /** Cell values as read through the mapping, for display. */
  candidate: Record<string, unknown>;
  participant?: ParticipantInput;
  issues: RowIssue[];
};

type Validated = {
  row: number;
  participant?: ParticipantInput;
  candidate: Record<string, unknown>;
  issues: RowIssue[];
};

const validateRows = (
  table: RawTable,
  mapping: ColumnMapping,
  options: ImportPlanOptions,
  limit: number,
  onRow: (result: Validated) => void,
): void => {
  const lookup = buildTopicLookup(options.catalogue);
  let seen = 0;
  for (let i = 0; i < table.rows.length && seen < limit; i += 1) {
    const cells = table.rows[i] ?? [];
    if (isBlankRow(cells)) {
      continue;
    }
    seen += 1;
    const row = rowNumberOf(table, i);
    const { candidate, issues: cellIssues } = mapRow(cells, table.header, mapping, lookup, options);
    const issues: RowIssue[] = cellIssues.map((issue) => ({ row, ...issue }));
    const parsed = ParticipantInputSchema.safeParse(candidate);
    if (!parsed.success) {
      // A field whose cell could not be read already has its issue; a failed per-topic
      // column also explains an empty topic list.
      const failedFields = new Set(
        cellIssues.map((issue) => (issue.field.startsWith('topic:') ? 'topics' : issue.field)),
      );
      for (const zodIssue of parsed.error.issues) {
        const field = fieldOfPath(zodIssue.path) ?? 'row';
        if (failedFields.has(field)) {
          continue;
        }
        const column =
          table.header[mapping.findIndex((t) => t.kind === 'field' && t.field === field)];
        issues.push({
          row,
          field,
          key: asValidationKey(zodIssue.message),
          ...(column === undefined ? {} : { column }),
        });
      }
    }
    onRow({
      row,
      candidate,
      issues,
      ...(parsed.success && issues.length === 0 ? { participant: parsed.data } : {}),
    });
  }
};

/**
 * Dry run of an import: maps and validates every row with `ParticipantInputSchema`
 * and finds duplicate emails in the file and against `existingEmails`. Pure and
 * synchronous (10,000 rows take well under a second).
 */
export const buildImportPlan = (
  table: RawTable,
  mapping: ColumnMapping,
  options: ImportPlanOptions,
): ImportPlan => {
  const valid: ImportRow[] = [];
  const errors: RowIssue[] = [];
  const duplicates: ImportDuplicate[] = [];
  const firstRowOf = new Map<string, number>();
  const existing = options.existingEmails ?? new Set<string>();
  let rows = 0;
  let invalid = 0;
  validateRows(
    table,
    mapping,
    options,
    Number.POSITIVE_INFINITY,
    ({ row, participant, issues }) => {
      rows += 1;
      if (participant === undefined) {
        invalid += 1;
        errors.push(...issues);
        return;
      }
      valid.push({ row, participant });
      const email = participant.email;
      const firstRow = firstRowOf.get(email);
      if (firstRow !== undefined) {
        duplicates.push({ row, email, kind: 'in_file', firstRow, proposedAction: 'skip' });
      } else {
        firstRowOf.set(email, row);
        if (existing.has(email)) {
          duplicates.push({ row, email, kind: 'existing', proposedAction: 'skip' });
        }
      }
    },
  );
  const inFile = duplicates.filter((d) => d.kind === 'in_file').length;
  return {
    valid,
    errors,
    duplicates,
    counts: {
      rows,
      valid: valid.length,
      invalid,
      duplicatesInFile: inFile,
      duplicatesExisting: duplicates.length - inFile,
      new: valid.length - duplicates.length,
    },
  };
};

/** The first `limit` non-blank rows as mapped and validated, for the mapping preview. */
export const previewImport = (
  table: RawTable,
  mapping: ColumnMapping,
  options: ImportPlanOptions,
  limit = 10,
): RowPreview[] => {
  const out: RowPreview[] = [];
  validateRows(table, mapping, options, limit, (result) => out.push(result));
  return out;
};

/** What to write after the user decided: one batch of creates and updates (by email). */
export type ConfirmedImport = {
  create: ParticipantInput[];
  update: ParticipantInput[];
  skipped: number[];
};

/**
 * Applies the user's duplicate choices (row → action; unspecified rows keep the
 * proposal). For duplicates inside the file, `update` means the later row wins.
 */
export const confirmImportPlan = (
  plan: ImportPlan,
  decisions: ReadonlyMap<number, DuplicateAction> = new Map(),
): ConfirmedImport => {
  const duplicateOf = new Map(plan.duplicates.map((d) => [d.row, d]));
  const create = new Map<string, ParticipantInput>();
  const update = new Map<string, ParticipantInput>();
  const skipped: number[] = [];
  for (const { row, participant } of plan.valid) {
    const duplicate = duplicateOf.get(row);
    const action =
      duplicate === undefined ? 'create' : (decisions.get(row) ?? duplicate.proposedAction);
    if (action === 'skip') {
      skipped.push(row);
    } else if (action === 'create') {
      create.set(participant.email, participant);
    } else if (create.has(participant.email)) {
      create.set(participant.email, participant);
    } else {
      update.set(participant.email, participant);
    }
  }
  return { create: [...create.values()], update: [...update.values()], skipped };
};
