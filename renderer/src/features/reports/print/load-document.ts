import type { ReportKind } from '@shared/ipc/domains/reports.contract';
import { api } from '../../../lib/api';

/** Fetches the data of one document through the same api the app uses. */
export async function loadDocument(kind: ReportKind, id: string) {
  if (kind === 'round') {
    return { kind, data: await api.reports.roundData({ roundId: id }) } as const;
  }
  if (kind === 'certificates') {
    return { kind, data: await api.reports.certificateData({ roundId: id }) } as const;
  }
  return { kind, data: await api.reports.personData({ participantId: id }) } as const;
}

export type LoadedDocument = Awaited<ReturnType<typeof loadDocument>>;

/** Query key of a document's data, shared by preview and print page. */
export const documentKey = (kind: ReportKind, id: string) =>
  ['reports', 'document', kind, id] as const;
