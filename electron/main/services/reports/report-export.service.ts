import type { ReportKind, ReportLanguage, SavedPdf } from '@shared/ipc/domains/reports.contract';
import { printRoute } from '@shared/ipc/domains/reports.contract';
import { AppError } from '../../ipc/errors';
import { writeFileAtomic } from '../../lib/atomic-file';
import type { ServiceContext } from '../service-context';

export type DocumentRequest = { kind: ReportKind; id: string; language: ReportLanguage };

/** Progress task name the reports page listens for. */
export const PDF_TASK = 'reports.pdf';

const FILE_NAMES: Record<ReportKind, Record<ReportLanguage, string>> = {
  round: { de: 'Abschlussbericht', en: 'End-of-round report' },
  certificates: { de: 'Urkunden', en: 'Certificates' },
  person: { de: 'Datenauskunft', en: 'Personal data report' },
};

/** Keeps a name usable as a file name on every system. */
export function safeFileName(name: string): string {
  const printable = Array.from(name, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
  const cleaned = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, 120) || 'Tandem';
}

async function defaultName(context: ServiceContext, request: DocumentRequest): Promise<string> {
  const repos = context.repos();
  const base = FILE_NAMES[request.kind][request.language];
  if (request.kind === 'person') {
    const p = await repos.participants.require(request.id);
    return safeFileName(`${base} ${p.firstName} ${p.lastName}`) + '.pdf';
  }
  const round = await repos.rounds.require(request.id);
  return safeFileName(`${base} ${round.name}`) + '.pdf';
}

function requirePrinter(context: ServiceContext) {
  if (!context.printer) {
    throw new AppError('reports.printer_unavailable', 'No print engine is available.');
  }
  return context.printer;
}

/** Certificates print in landscape, like a framed document; everything else in portrait. */
export const isLandscape = (kind: ReportKind): boolean => kind === 'certificates';

/**
 * Renders a document to PDF with the print engine and writes it where the user chose.
 * The record is checked first, so a wrong id fails before the save dialog opens.
 */
export async function savePdf(context: ServiceContext, request: DocumentRequest): Promise<SavedPdf> {
  const printer = requirePrinter(context);
  const name = await defaultName(context, request);
  const path = await context.dialogs.chooseSavePath({ defaultName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (path === null) {
    return null;
  }
  context.progress(PDF_TASK, 0, 1);
  try {
    const bytes = await printer.toPdf(printRoute(request.kind, request.id, request.language), { landscape: isLandscape(request.kind) });
    await writeFileAtomic(path, bytes);
    return { path, bytes: bytes.length };
  } catch (error) {
    if (error instanceof AppError) {
      throw error;
    }
    context.logger.error('reports: PDF failed', { kind: request.kind, error: error instanceof Error ? error.message : String(error) });
    throw new AppError('reports.pdf_failed', 'The PDF could not be created.');
  } finally {
    context.progress(PDF_TASK, 1, 1);
  }
}

/** Sends a document to the system print dialog. */
export async function printDocument(context: ServiceContext, request: DocumentRequest): Promise<null> {
  const printer = requirePrinter(context);
  await defaultName(context, request);
  await printer.print(printRoute(request.kind, request.id, request.language));
  return null;
}
