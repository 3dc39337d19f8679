import type { REPORTS_CHANNELS } from '@shared/ipc/domains/reports.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import { chooseLogo, getBranding, removeLogo, setBrandingNames } from '../services/reports/branding.service';
import { listReportPeople, loadPersonData } from '../services/reports/person-data.service';
import { printDocument, savePdf } from '../services/reports/report-export.service';
import { listReportRounds, loadCertificateData, loadRoundReportData } from '../services/reports/round-report.service';
import type { ServiceContext } from '../services/service-context';

/** IPC handlers of the reports area: report data for the print pages, branding, PDF and print. */
export function createReportsHandlers(context: ServiceContext): HandlersForChannels<typeof REPORTS_CHANNELS> {
  return {
    'reports:rounds': () => listReportRounds(context.repos()),
    'reports:roundData': ({ roundId }) => loadRoundReportData(context.repos(), roundId, context.now()),
    'reports:certificateData': ({ roundId }) => loadCertificateData(context.repos(), roundId, context.now()),
    'reports:people': () => listReportPeople(context.repos()),
    'reports:personData': ({ participantId }) => loadPersonData(context.repos(), participantId, context.now()),
    'reports:branding': () => getBranding(context.repos()),
    'reports:setBranding': (input) => setBrandingNames(context.repos(), input),
    'reports:chooseLogo': () => chooseLogo(context.repos(), context.dialogs),
    'reports:removeLogo': () => removeLogo(context.repos()),
    'reports:savePdf': (input) => savePdf(context, input),
    'reports:print': (input) => printDocument(context, input),
  };
}
