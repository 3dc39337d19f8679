import { z } from 'zod';
import { ParticipantSchema } from '@shared/domain/participants';
import { FeedbackSchema, MeetingSchema, RoundSchema, TandemSchema } from '@shared/domain/rounds';
import { TopicRecordSchema } from '@shared/domain/topics';
import type { TandemDatabase } from '../database';
import { createAuditLogRepository } from './audit-log.repository';
import type { AuditContext } from './audit-log.repository';
import { createDocumentRepository } from './document.repository';

const OrgLinkSchema = z.object({
  id: z.string().min(3).max(254),
  employeeEmail: z.string().min(3).max(254),
  managerEmail: z.string().min(3).max(254),
});

const ExclusionSchema = z.object({
  id: z.string().max(300),
  mentorId: z.string().min(1).max(128),
  menteeId: z.string().min(1).max(128),
  reason: z.string().trim().min(1).max(500),
});

const ProgrammeSettingSchema = z.object({ id: z.string().max(64), value: z.record(z.string(), z.unknown()) });

/**
 * Every repository over one open database. Domain services receive this bundle; it is rebuilt
 * on each unlock and dropped on lock.
 */
export function createRepositories(db: TandemDatabase, context: AuditContext & { newId?: () => string }) {
  const audit = createAuditLogRepository(db, context);
  const ctx = { now: context.now, deviceId: context.deviceId, audit, ...(context.newId ? { newId: context.newId } : {}) };
  return {
    audit,
    participants: createDocumentRepository(db.participants, ParticipantSchema, 'participant', ctx, ['sample']),
    topics: createDocumentRepository(db.topics, TopicRecordSchema, 'topic', ctx),
    orgLinks: createDocumentRepository(db['org-links'], OrgLinkSchema, 'org-link', ctx, ['sample']),
    rounds: createDocumentRepository(db.rounds, RoundSchema, 'round', ctx, ['createdAt', 'closedAt', 'sample']),
    tandems: createDocumentRepository(db.tandems, TandemSchema, 'tandem', ctx, ['createdAt']),
    meetings: createDocumentRepository(db.meetings, MeetingSchema, 'meeting', ctx, ['revision']),
    feedback: createDocumentRepository(db.feedback, FeedbackSchema, 'feedback', ctx),
    exclusions: createDocumentRepository(db.exclusions, ExclusionSchema, 'exclusion', ctx, ['createdAt']),
    settings: createDocumentRepository(db['programme-settings'], ProgrammeSettingSchema, 'setting', ctx),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
