import { z } from 'zod';

import { TopicIdSchema } from '../participants/participant.schema';
import { VALIDATION_KEYS as V } from '../participants/validation-keys';

export const TOPIC_KINDS = ['digital', 'management'] as const;
/** `digital`: mentors (junior) teach mentees; `management`: the reverse direction. */
export type TopicKind = (typeof TOPIC_KINDS)[number];

const topicName = z
  .string({ error: V.required })
  .trim()
  .min(1, { error: V.required })
  .max(80, { error: V.tooLong });

/** A catalogue entry. Retired and merged topics stay stored so old references keep resolving. */
export const TopicRecordSchema = z.object({
  id: TopicIdSchema,
  name: z.object({ de: topicName, en: topicName }),
  kind: z.enum(TOPIC_KINDS, { error: V.invalid }),
  /** Other words people use for it in spreadsheets ("LinkedIn", "ChatGPT"); recognised on import. */
  aliases: z.array(topicName).max(20, { error: V.tooMany }).optional(),
  /** Hidden from pickers for new entries; existing ratings keep showing it. */
  retired: z.boolean(),
  /** Set when merged: every reference to this id resolves to `mergedInto`. */
  mergedInto: TopicIdSchema.optional(),
});
export type TopicRecord = z.infer<typeof TopicRecordSchema>;

/** Error codes of the catalogue helpers (thrown as {@link TopicCatalogueError}). */
export type TopicCatalogueErrorCode =
  'topic_not_found' | 'topic_merge_into_self' | 'topic_merge_target_inactive' | 'topic_name_taken';

export class TopicCatalogueError extends Error {
  constructor(
    readonly code: TopicCatalogueErrorCode,
    readonly topicId: string,
  ) {
    super(`${code}: ${topicId}`);
    this.name = 'TopicCatalogueError';
  }
}
