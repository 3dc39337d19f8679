import { z } from 'zod';
import { IMPORT_FIELDS } from '../../domain/intake/column-headers';
import { ParticipantIdSchema, ParticipantInputSchema, TopicIdSchema } from '../../domain/participants';
import type { Participant } from '../../domain/participants';
import { PARTICIPANT_STATUSES } from '../../domain/participants';
import { TOPIC_KINDS } from '../../domain/topics';
import type { TopicRecord } from '../../domain/topics';
import { none, out } from '../method';
import type { MethodSpec } from '../method';
import type { PARTICIPANTS_CHANNELS } from './participants.channels';
import type {
  EraseOutcome,
  ImportDraftView,
  ImportOutcome,
  ImportPlanView,
  OrgChartOutcome,
  ParticipantDetail,
  ParticipantList,
  RetentionView,
  SampleStatus,
  SavedFile,
} from './participants.types';

export type * from './participants.types';

const IdInput = z.object({ id: ParticipantIdSchema });
const TokenSchema = z.string().min(8).max(64);
const topicName = z.string().trim().min(1, { error: 'validation.required' }).max(80, { error: 'validation.too_long' });

/** One target per column of the file, as the mapping screen edits it. */
export const ColumnMappingSchema = z
  .array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ignore') }),
      z.object({ kind: z.literal('field'), field: z.enum(IMPORT_FIELDS) }),
      z.object({ kind: z.literal('topic'), topicId: TopicIdSchema }),
    ]),
  )
  .max(200);

const DecisionsSchema = z
  .array(z.object({ row: z.number().int().min(1), action: z.enum(['skip', 'update']) }))
  .max(100_000);

export const participantsContract = {
  /** Compact rows of everyone (sample people included, marked) and the rounds to filter by. */
  'participants:list': { input: none, output: out<ParticipantList>() },
  'participants:get': { input: IdInput, output: out<ParticipantDetail>() },
  /** Refuses a taken email with `participants.email_taken` (params: email, id, name). */
  'participants:create': { input: ParticipantInputSchema, output: out<Participant>() },
  'participants:update': {
    input: z.object({ id: ParticipantIdSchema, input: ParticipantInputSchema }),
    output: out<Participant>(),
  },
  /** Withdraw (or re-activate) a person; nothing is deleted. */
  'participants:setStatus': {
    input: z.object({ id: ParticipantIdSchema, status: z.enum(PARTICIPANT_STATUSES) }),
    output: out<Participant>(),
  },
  /** The whole catalogue, retired and merged topics included (seeded on first use). */
  'topics:list': { input: none, output: out<TopicRecord[]>() },
  'topics:add': {
    input: z.object({ name: z.object({ de: topicName, en: topicName }), kind: z.enum(TOPIC_KINDS) }),
    output: out<TopicRecord[]>(),
  },
  'topics:rename': {
    input: z.object({ id: TopicIdSchema, name: z.object({ de: topicName, en: topicName }) }),
    output: out<TopicRecord[]>(),
  },
  'topics:merge': { input: z.object({ sourceId: TopicIdSchema, targetId: TopicIdSchema }), output: out<TopicRecord[]>() },
  'topics:retire': { input: z.object({ id: TopicIdSchema, retired: z.boolean() }), output: out<TopicRecord[]>() },
  /** Asks for a CSV/xlsx file and reads it; `null` when the user cancelled. */
  'import:open': { input: none, output: out<ImportDraftView | null>() },
  /** Dry run with the (edited) mapping: counts, row errors, duplicates. Writes nothing. */
  'import:plan': { input: z.object({ token: TokenSchema, mapping: ColumnMappingSchema }), output: out<ImportPlanView>() },
  /** Writes all valid rows in one batch, applying the duplicate choices. */
  'import:confirm': {
    input: z.object({ token: TokenSchema, mapping: ColumnMappingSchema, decisions: DecisionsSchema }),
    output: out<ImportOutcome>(),
  },
  'import:cancel': { input: z.object({ token: TokenSchema }), output: out<null>() },
  /** Asks for an org chart file (employee → manager email) and replaces the stored org links. */
  'import:orgChart': { input: none, output: out<OrgChartOutcome>() },
  'export:participants': {
    input: z.object({ format: z.enum(['csv', 'xlsx']), language: z.enum(['de', 'en']) }),
    output: out<SavedFile>(),
  },
  /** GDPR Art. 15: everything stored about one person, as JSON plus a readable summary next to it. */
  'privacy:exportPerson': { input: IdInput, output: out<SavedFile>() },
  /** GDPR Art. 17: removes the person; tandems and meetings survive only as anonymised counts. */
  'privacy:erasePerson': { input: IdInput, output: out<EraseOutcome>() },
  'privacy:retention': { input: none, output: out<RetentionView>() },
  'privacy:setRetention': {
    input: z.object({ months: z.number().int().min(1).max(240).nullable() }),
    output: out<RetentionView>(),
  },
  /** Erases the people of rounds closed longer than the retention period. */
  'privacy:applyRetention': { input: none, output: out<{ erased: number }>() },
  'sample:status': { input: none, output: out<SampleStatus>() },
  'sample:create': { input: none, output: out<SampleStatus>() },
  'sample:remove': { input: none, output: out<SampleStatus>() },
} satisfies { [C in (typeof PARTICIPANTS_CHANNELS)[number]]: MethodSpec };
