import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  confirmImportPlan,
  DEFAULT_INTAKE_LIMITS,
  IntakeError,
  type ColumnMapping,
  type DuplicateAction,
  type ImportPlan,
} from '../../../../shared/domain/intake';
import type { ParticipantInput } from '../../../../shared/domain/participants';
import {
  IMPORT_ISSUE_LIMIT,
  type ImportDraftView,
  type ImportOutcome,
  type ImportPlanView,
  type OrgChartOutcome,
} from '../../../../shared/ipc/domains/participants.types';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import type { Dialogs } from '../../lib/dialogs';
import { importOrgChart, openParticipantImport, planParticipantImport } from '../intake/intake.service';
import type { SpreadsheetTable } from '../intake/spreadsheet-reader';
import type { TopicsService } from './topics.service';

const FILTERS = [{ name: 'CSV / Excel', extensions: ['csv', 'txt', 'xlsx'] }];
/** Drafts kept in main between "open" and "confirm"; older ones are dropped. */
const MAX_DRAFTS = 3;

type Draft = { fileName: string; table: SpreadsheetTable };

/** File-level read errors become `intake.<code>` (translated as `errors.intake.<code>`). */
function asAppError(error: unknown): unknown {
  if (error instanceof IntakeError) {
    return new AppError(`intake.${error.code}`, error.message, { ...error.params });
  }
  return error;
}

/** Reads a chosen file within the size limit before touching its contents. */
async function readChosenFile(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.size > DEFAULT_INTAKE_LIMITS.maxFileBytes) {
    throw new AppError('intake.file_too_large', 'File too large.', {
      limitMb: Math.round(DEFAULT_INTAKE_LIMITS.maxFileBytes / 1024 / 1024),
    });
  }
  return readFile(path);
}

/**
 * The participant import as three steps the UI walks through: open (read + suggest a
 * mapping), plan (dry run: validate every row, find duplicates) and confirm (one batch).
 * The parsed table stays here in main; the renderer only ever sees views of it.
 */
export function createImportService(deps: {
  repos: () => Repositories;
  dialogs: Dialogs;
  topics: TopicsService;
  now: () => Date;
  progress: (task: string, done: number, total: number) => void;
}) {
  // Parsed files (plaintext personal data) live here between steps; `forgetAll` drops them on lock.
  const drafts = new Map<string, Draft>();

  function draftOf(token: string): Draft {
    const draft = drafts.get(token);
    if (draft === undefined) {
      throw new AppError('participants.import_expired', 'The import draft is gone.');
    }
    return draft;
  }

  async function existingEmails(): Promise<Map<string, string>> {
    const people = await deps.repos().participants.find();
    return new Map(people.map((p) => [p.email, p.id]));
  }

  async function plan(token: string, mapping: ColumnMapping): Promise<{ plan: ImportPlan; existing: Map<string, string> }> {
    const draft = draftOf(token);
    if (mapping.length !== draft.table.header.length) {
      throw new AppError('validation', 'One target per column is needed.');
    }
    const [catalogue, existing] = await Promise.all([deps.topics.list(), existingEmails()]);
    const result = planParticipantImport(draft.table, mapping, {
      catalogue,
      existingEmails: new Set(existing.keys()),
      consentDateFallback: deps.now().toISOString().slice(0, 10),
    });
    return { plan: result, existing };
  }

  return {
    /** Drops every parsed file kept between steps (called on lock). */
    forgetAll(): void {
      drafts.clear();
    },
    async open(): Promise<ImportDraftView | null> {
      const path = await deps.dialogs.chooseOpenPath({ filters: FILTERS });
      if (path === null) {
        return null;
      }
      try {
        const bytes = await readChosenFile(path);
        const fileName = basename(path);
        const catalogue = await deps.topics.list();
        deps.progress('import.read', 0, 1);
        const draft = await openParticipantImport(bytes, fileName, { catalogue, previewRows: 8 });
        deps.progress('import.read', 1, 1);
        const token = randomUUID();
        drafts.set(token, { fileName, table: draft.table });
        while (drafts.size > MAX_DRAFTS) {
          const oldest = drafts.keys().next().value;
          if (oldest !== undefined) {
            drafts.delete(oldest);
          }
        }
        return {
          token,
          fileName,
          header: draft.table.header,
          suggestedMapping: draft.suggestedMapping,
          preview: draft.preview,
          rowCount: draft.table.rows.length,
          ...(draft.table.encoding ? { encoding: draft.table.encoding } : {}),
          ...(draft.table.delimiter ? { delimiter: draft.table.delimiter } : {}),
        };
      } catch (error) {
        throw asAppError(error);
      }
    },

    async plan(token: string, mapping: ColumnMapping): Promise<ImportPlanView> {
      const { plan: result } = await plan(token, mapping);
      const names = new Map(result.valid.map((v) => [v.row, `${v.participant.firstName} ${v.participant.lastName}`]));
      return {
        counts: result.counts,
        errors: result.errors.slice(0, IMPORT_ISSUE_LIMIT),
        errorsTotal: result.errors.length,
        duplicates: result.duplicates.map((d) => ({ ...d, name: names.get(d.row) ?? '' })),
      };
    },

    /** Validates again (the store may have changed), then writes creates in one batch and the chosen updates. */
    async confirm(token: string, mapping: ColumnMapping, decisions: { row: number; action: DuplicateAction }[]): Promise<ImportOutcome> {
      const { plan: result, existing } = await plan(token, mapping);
      const confirmed = confirmImportPlan(result, new Map(decisions.map((d) => [d.row, d.action])));
      const stamp = deps.now().toISOString();
      const total = confirmed.create.length + confirmed.update.length;
      deps.progress('import.write', 0, total);
      const asDoc = (p: ParticipantInput) => ({ ...p, status: 'active', createdAt: stamp, updatedAt: stamp });
      if (confirmed.create.length > 0) {
        await deps.repos().participants.insertMany(confirmed.create.map(asDoc));
      }
      deps.progress('import.write', confirmed.create.length, total);
      let updated = 0;
      for (const participant of confirmed.update) {
        const id = existing.get(participant.email);
        if (id !== undefined) {
          await deps.repos().participants.update(id, { ...participant, managerEmail: participant.managerEmail }, { action: 'participant.imported_update' });
          updated += 1;
        }
      }
      deps.progress('import.write', total, total);
      drafts.delete(token);
      return { created: confirmed.create.length, updated, skipped: confirmed.skipped.length };
    },

    cancel(token: string): Promise<null> {
      drafts.delete(token);
      return Promise.resolve(null);
    },

    /** Replaces the stored (non-sample) org links with the file's; problems are reported, not fatal. */
    async orgChart(): Promise<OrgChartOutcome> {
      const path = await deps.dialogs.chooseOpenPath({ filters: FILTERS });
      if (path === null) {
        return null;
      }
      let result: Awaited<ReturnType<typeof importOrgChart>>;
      try {
        result = await importOrgChart(await readChosenFile(path), basename(path));
      } catch (error) {
        throw asAppError(error);
      }
      const repos = deps.repos();
      // Add and change first, remove last: if anything fails part-way, the old reporting lines
      // are still there (pairing relies on them to keep people out of their own chain).
      const existing = new Map((await repos.orgLinks.find()).map((link) => [link.id, link]));
      const incoming = result.links.map((l) => ({ id: l.employeeEmail, employeeEmail: l.employeeEmail, managerEmail: l.managerEmail }));
      const added = incoming.filter((link) => !existing.has(link.id));
      if (added.length > 0) {
        await repos.orgLinks.insertMany(added);
      }
      for (const link of incoming) {
        const before = existing.get(link.id);
        if (before && (before.managerEmail !== link.managerEmail || (before as { sample?: boolean }).sample === true)) {
          await repos.orgLinks.update(link.id, { managerEmail: link.managerEmail, sample: undefined }, { action: 'org-link.replaced' });
        }
      }
      const incomingIds = new Set(incoming.map((link) => link.id));
      const stale = [...existing.values()].filter((link) => (link as { sample?: boolean }).sample !== true && !incomingIds.has(link.id)).map((link) => link.id);
      if (stale.length > 0) {
        await repos.orgLinks.removeWhere({ id: { $in: stale } }, 'org-link.replaced');
      }
      const known = new Set((await repos.participants.find()).map((p) => p.email));
      const inChart = new Set(result.links.flatMap((l) => [l.employeeEmail, l.managerEmail]));
      let unknownEmails = 0;
      for (const email of inChart) {
        if (!known.has(email)) {
          unknownEmails += 1;
        }
      }
      return { links: result.links.length, report: result.report, unknownEmails };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
