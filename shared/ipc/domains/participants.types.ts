import type { ColumnMapping, ImportDuplicate, OrgChartReport, RowPreview } from '../../domain/intake';
import type { RowIssue } from '../../domain/intake/row-mapper';
import type { Participant, ParticipantRole, ParticipantStatus } from '../../domain/participants';

/** One line of the participants list: small, so 10,000 of them cross IPC quickly. */
export type ParticipantRow = {
  id: string;
  role: ParticipantRole;
  firstName: string;
  lastName: string;
  email: string;
  department: string;
  jobTitle: string;
  status: ParticipantStatus;
  /** Ids of the rounds this person is enrolled in. */
  roundIds: string[];
  sample: boolean;
};

/** Everything the detail view shows about one person. */
export type ParticipantDetail = {
  participant: Participant & { sample?: boolean };
  /** Upwards from the person: their manager, that manager's manager, … (emails). */
  reportingChain: { email: string; name?: string }[];
  /** True when walking the chain met a cycle (reported, not fatal). */
  chainHasCycle: boolean;
  rounds: { id: string; name: string }[];
};

export type RoundOption = { id: string; name: string };

export type ParticipantList = { rows: ParticipantRow[]; rounds: RoundOption[] };

/** What the mapping screen gets after a file was chosen. */
export type ImportDraftView = {
  token: string;
  fileName: string;
  header: string[];
  suggestedMapping: ColumnMapping;
  preview: RowPreview[];
  rowCount: number;
  encoding?: string;
  delimiter?: string;
};

/** The dry run the user confirms: nothing has been written. */
export type ImportPlanView = {
  counts: {
    rows: number;
    valid: number;
    invalid: number;
    duplicatesInFile: number;
    duplicatesExisting: number;
    new: number;
  };
  /** At most {@link IMPORT_ISSUE_LIMIT} issues; `errorsTotal` tells how many there were. */
  errors: RowIssue[];
  errorsTotal: number;
  duplicates: (ImportDuplicate & { name: string })[];
};

export const IMPORT_ISSUE_LIMIT = 500;

export type ImportOutcome = { created: number; updated: number; skipped: number };

export type OrgChartOutcome = { links: number; report: OrgChartReport; unknownEmails: number } | null;

export type SavedFile = { path: string; count: number } | null;

export type EraseOutcome = { tandems: number; meetings: number; feedback: number };

export type RetentionView = {
  months: number | null;
  /** Rounds closed longer ago than `months`. */
  rounds: { id: string; name: string; closedAt: string }[];
  /** People whose every round is among `rounds` (erased when applied). */
  people: number;
};

export type SampleStatus = { present: boolean; people: number };
