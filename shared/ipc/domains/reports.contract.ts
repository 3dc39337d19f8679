import { z } from 'zod';
import type { CareerStage, Consents, MeetingFormat, ParticipantRole, ParticipantStatus } from '../../domain/participants';
import type { ConstraintCodeValue, FeedbackPhase, RoundReport, RoundStatus, TandemStatus } from '../../domain/rounds';
import { none, out } from '../method';
import type { MethodSpec } from '../method';
import type { REPORTS_CHANNELS } from './reports.channels';

export const REPORT_LANGUAGES = ['de', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The three printable documents. */
export const REPORT_KINDS = ['round', 'certificates', 'person'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Organisation name, programme name and logo printed on every report and certificate. */
export type ReportBranding = { organisationName: string; programmeName: string; logoDataUrl: string | null };

export const BrandingInputSchema = z.object({
  organisationName: z.string().trim().max(120, { error: 'reports.validation.tooLong' }),
  programmeName: z.string().trim().max(120, { error: 'reports.validation.tooLong' }),
});

/** Topic names in both languages, by topic id (merged topics resolved). */
export type TopicNames = Record<string, { de: string; en: string }>;

export type ReportRoundInfo = {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  status: RoundStatus;
  plannedMeetingsPerTandem: number;
};

export type ReportRoundOption = ReportRoundInfo & { tandems: number };

export type ReportTandemLine = {
  tandemId: string;
  mentor: string;
  mentee: string;
  mentorDepartment: string;
  menteeDepartment: string;
  held: number;
  planned: number;
  /** No per-tandem end reason: reasons are printed only as suppressed aggregates. */
  status: TandemStatus;
};

export type ReportOverrideLine = {
  tandemId: string;
  mentor: string;
  mentee: string;
  violations: readonly ConstraintCodeValue[];
  justification: string;
};

/** The end-of-round report: the domain's figures (small groups suppressed) with names joined in. */
export type RoundReportData = {
  round: ReportRoundInfo;
  branding: ReportBranding;
  /** `YYYY-MM-DD`: the day the figures were computed. */
  generatedOn: string;
  figures: Pick<RoundReport, 'kpis' | 'meetingsPerMonth' | 'topicsCovered' | 'selfAssessment' | 'quotes'>;
  tandems: ReportTandemLine[];
  manualOverrides: ReportOverrideLine[];
  topicNames: TopicNames;
};

export type CertificateLine = {
  tandemId: string;
  mentor: string;
  mentee: string;
  held: number;
  /** Topic ids worked on in held meetings, both directions, most frequent first. */
  topics: string[];
};

export type CertificateData = {
  round: ReportRoundInfo;
  branding: ReportBranding;
  generatedOn: string;
  certificates: CertificateLine[];
  topicNames: TopicNames;
};

export type ReportPersonOption = { id: string; name: string; role: ParticipantRole; department: string; status: ParticipantStatus };

/**
 * The readable summary of everything stored about one person (GDPR Art. 15). Built by the
 * reports area from the repositories; the participants area's JSON export holds the same facts.
 */
export type PersonDataSummary = {
  branding: ReportBranding;
  generatedOn: string;
  person: {
    id: string;
    firstName: string;
    lastName: string;
    role: ParticipantRole;
    email: string;
    department: string;
    jobTitle: string;
    careerStage: CareerStage;
    managerEmail: string | null;
    location: string;
    languages: string[];
    meetingFormat: MeetingFormat;
    availability: { day: string; slot: string }[];
    status: ParticipantStatus;
    motivation: string;
    createdAt: string | null;
    updatedAt: string;
  };
  topics: { topicId: string; level: number }[];
  learnFromOther: string[];
  consents: Consents;
  tandems: {
    roundName: string;
    periodStart: string;
    periodEnd: string;
    partner: string;
    role: ParticipantRole;
    status: TandemStatus;
    held: number;
    planned: number;
  }[];
  feedback: {
    roundName: string;
    phase: FeedbackPhase;
    satisfaction: number | null;
    wouldRecommend: boolean | null;
    selfAssessment: { topicId: string; rating: number }[];
    quote: string | null;
    consentToQuote: boolean;
  }[];
  topicNames: TopicNames;
};

export type SavedPdf = { path: string; bytes: number } | null;

const IdSchema = z.string().trim().min(1).max(200);
const DocumentInputSchema = z.object({ kind: z.enum(REPORT_KINDS), id: IdSchema, language: z.enum(REPORT_LANGUAGES) });

/** The app route that renders one document without the shell (`#/print/round/r1/de`). */
export function printRoute(kind: ReportKind, id: string, language: ReportLanguage): string {
  return `#/print/${kind}/${encodeURIComponent(id)}/${language}`;
}

/** Reads a print route back; `null` for any other hash. */
export function parsePrintRoute(hash: string): { kind: ReportKind; id: string; language: ReportLanguage } | null {
  const match = /^#\/print\/([a-z]+)\/([^/]+)\/([a-z]{2})$/.exec(hash);
  if (!match) {
    return null;
  }
  const [, kind = '', rawId = '', language = ''] = match;
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return null;
  }
  const isKind = (REPORT_KINDS as readonly string[]).includes(kind);
  const isLanguage = (REPORT_LANGUAGES as readonly string[]).includes(language);
  return isKind && isLanguage ? { kind: kind as ReportKind, id, language: language as ReportLanguage } : null;
}

export const reportsContract = {
  /** Rounds with at least their name and tandem count, newest first. */
  'reports:rounds': { input: none, output: out<ReportRoundOption[]>() },
  'reports:roundData': { input: z.object({ roundId: IdSchema }), output: out<RoundReportData>() },
  'reports:certificateData': { input: z.object({ roundId: IdSchema }), output: out<CertificateData>() },
  /** Everyone, by last name, for the participant data report's picker. */
  'reports:people': { input: none, output: out<ReportPersonOption[]>() },
  'reports:personData': { input: z.object({ participantId: IdSchema }), output: out<PersonDataSummary>() },
  'reports:branding': { input: none, output: out<ReportBranding>() },
  'reports:setBranding': { input: BrandingInputSchema, output: out<ReportBranding>() },
  /** Asks for a PNG or JPEG (≤ 1 MB) and stores it as the logo; `null` when cancelled. */
  'reports:chooseLogo': { input: none, output: out<ReportBranding | null>() },
  'reports:removeLogo': { input: none, output: out<ReportBranding>() },
  /** Renders the document with Chromium's print engine and saves it where the user chooses. */
  'reports:savePdf': { input: DocumentInputSchema, output: out<SavedPdf>() },
  /** Opens the system print dialog for the document. */
  'reports:print': { input: DocumentInputSchema, output: out<null>() },
} satisfies { [C in (typeof REPORTS_CHANNELS)[number]]: MethodSpec };
