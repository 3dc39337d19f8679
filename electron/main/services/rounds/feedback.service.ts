import type { Feedback } from '@shared/domain/rounds';
import type { FeedbackSaveInput } from '@shared/ipc/domains/rounds.contract';
import type { Repositories } from '../../db/repositories';
import { AppError } from '../../ipc/errors';
import { loadEditableRound, loadRound } from './round-access';

/**
 * Start and end feedback per participant and round, entered by HR from paper or by the
 * participant on HR's machine. One record per person and phase: saving again replaces it.
 */
export function createFeedbackService(repos: () => Repositories) {
  return {
    async list(roundId: string): Promise<Feedback[]> {
      await loadRound(repos(), roundId);
      return repos().feedback.find({ roundId });
    },

    /** Saves a person's feedback for one phase; only people of the round's tandems can give it. */
    async save(input: FeedbackSaveInput): Promise<Feedback> {
      const round = await loadEditableRound(repos(), input.roundId);
      const tandems = await repos().tandems.find({ roundId: round.id });
      const inRound = tandems.some(
        (t) =>
          t.status !== 'proposed' &&
          (t.mentorId === input.participantId || t.menteeId === input.participantId),
      );
      if (!inRound) {
        throw new AppError('feedback.notInRound', 'This person has no tandem in the round.');
      }
      const existing = (
        await repos().feedback.find({ roundId: round.id, participantId: input.participantId })
      ).find((f) => f.phase === input.phase);
      const record = {
        participantId: input.participantId,
        roundId: round.id,
        phase: input.phase,
        selfAssessment: input.selfAssessment ?? {},
        satisfaction: input.satisfaction,
        wouldRecommend: input.wouldRecommend,
        changePutIntoPractice:
          input.changePutIntoPractice === '' ? undefined : input.changePutIntoPractice,
        quote: input.quote === '' ? undefined : input.quote,
        consentToQuote: input.consentToQuote ?? false,
      };
      return existing === undefined
        ? repos().feedback.insert(record, { action: 'feedback.recorded' })
        : repos().feedback.update(existing.id, record, { action: 'feedback.updated' });
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
