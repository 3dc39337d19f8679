import type { ParticipantInput } from '../participants/participant.schema';
import type { TopicRecord } from '../topics/topic.types';
import { topicName } from '../topics/topic-catalogue';
import { EXPORT_HEADERS, IMPORT_FIELDS, type ImportField } from './column-headers';
import { neutraliseCell } from './formula-guard';
import type { RawTable } from './raw-table';
import { VALUE_LABELS, type ExportLanguage } from './value-labels';

const formatDate = (iso: string | null, language: ExportLanguage): string => {
  if (iso === null) {
    return '';
  }
  const [year, month, day] = iso.split('-');
  return language === 'de' ? `${day ?? ''}.${month ?? ''}.${year ?? ''}` : iso;
};

// Names containing list separators would not split back; the id always resolves.
const topicLabel = (
  catalogue: readonly TopicRecord[],
  id: string,
  language: ExportLanguage,
): string => {
  const name = topicName(catalogue, id, language);
  return /[;,|:=()\n]/.test(name) ? id : name;
};

/**
 * Participants as a table of strings with the headers the importer recognises, in
 * German or English. Every cell is passed through `neutraliseCell`, so the table is
 * safe for CSV and xlsx alike and re-imports to the same participants.
 */
export const participantsToTable = (
  participants: readonly ParticipantInput[],
  catalogue: readonly TopicRecord[],
  language: ExportLanguage = 'de',
): RawTable => {
  const labels = VALUE_LABELS[language];
  const yesNo = (value: boolean): string => (value ? labels.yes : labels.no);
  const cellsOf = (p: ParticipantInput): Record<ImportField, string> => ({
    role: labels.role[p.role],
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    department: p.department,
    jobTitle: p.jobTitle,
    careerStage: labels.careerStage[p.careerStage],
    managerEmail: p.managerEmail ?? '',
    location: p.location,
    languages: p.languages.join(', '),
    availability: p.availability
      .map((s) => `${labels.weekday[s.day]} ${labels.slot[s.slot]}`)
      .join('; '),
    meetingFormat: labels.meetingFormat[p.meetingFormat],
    topics: p.topics
      .map((t) => `${topicLabel(catalogue, t.topicId, language)}:${String(t.level)}`)
      .join('; '),
    learnFromOther: p.learnFromOther.map((id) => topicLabel(catalogue, id, language)).join('; '),
    motivation: p.motivation,
    capacity: String(p.capacity),
    consentVoluntary: yesNo(p.consents.voluntary.given),
    consentVoluntaryDate: formatDate(p.consents.voluntary.date, language),
    consentConfidentiality: yesNo(p.consents.confidentiality.given),
    consentConfidentialityDate: formatDate(p.consents.confidentiality.date, language),
    consentDataProcessing: yesNo(p.consents.dataProcessing.given),
    consentDataProcessingDate: formatDate(p.consents.dataProcessing.date, language),
  });
  return {
    header: IMPORT_FIELDS.map((field) => EXPORT_HEADERS[language][field]),
    rows: participants.map((p) => {
      const cells = cellsOf(p);
      return IMPORT_FIELDS.map((field) => neutraliseCell(cells[field]));
    }),
    headerRow: 1,
  };
};
