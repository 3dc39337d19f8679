import type { IsoDate } from './calendar-day';
import type { FeedbackPhase } from './feedback.schema';
import type { EndReason, TandemStatus } from './round.schema';

/** A count with the tandems behind it, so the UI can link every figure to them. */
export type Figure = { value: number; tandemIds: readonly string[] };

/** A share 0…1 (`null` when the denominator is 0) with its parts. */
export type RateFigure = { value: number | null; numerator: number; denominator: number; tandemIds: readonly string[] };

/** An average (`null` without answers) over `responses` answers. */
export type AverageFigure = { value: number | null; responses: number; tandemIds: readonly string[] };

/** A phase's feedback: `tandemIds` are the tandems with at least one person still missing. */
export type FeedbackFigure = RateFigure & { due: boolean };

/**
 * Why a running tandem is at risk (being overdue is a separate flag).
 * - `cancelledTwiceInARow`: the two most recent logged meetings were both cancelled.
 * - `behindPlan`: at least 2 fewer meetings held than the even plan expects by now.
 */
export type RiskReason = 'cancelledTwiceInARow' | 'behindPlan';

export type PhaseFeedback = { mentor: boolean; mentee: boolean };

/** One tandem's row of the dashboard. */
export type TandemProgress = {
  tandemId: string;
  mentorId: string;
  menteeId: string;
  status: TandemStatus;
  /** The round's target (`plannedMeetingsPerTandem`). */
  planned: number;
  held: number;
  cancelled: number;
  /** Planned meetings whose date has passed without being logged. */
  unlogged: number;
  /** Meetings the even plan from the tandem's start expects to have happened before `asOf`. */
  expectedByNow: number;
  lastHeldOn: IsoDate | null;
  /** Days since the last held meeting or the tandem's start; `null` when not running or not yet started. */
  daysSinceLastMeeting: number | null;
  /** Running and no meeting for more than 1.5 cadences since the last held meeting or the start. */
  overdue: boolean;
  /** True when `riskReasons` is not empty. Only confirmed tandems can be at risk. */
  atRisk: boolean;
  riskReasons: readonly RiskReason[];
  feedback: Record<FeedbackPhase, PhaseFeedback>;
};

export type EndedEarlyFigure = Figure & { byReason: readonly ({ reason: EndReason } & Figure)[] };

export type DashboardTotals = {
  tandems: Figure;
  /** Confirmed tandems (not proposed, not ended). */
  running: Figure;
  /** Distinct people in the round's tandems. */
  people: Figure;
  meetingsHeld: Figure;
  meetingsPlanned: Figure;
  meetingsCancelled: Figure;
  /** Held ÷ planned over all tandems. */
  completionRate: RateFigure;
  overdue: Figure;
  atRisk: Figure;
  endedEarly: EndedEarlyFigure;
  /** End-of-round satisfaction 1…5. */
  averageSatisfaction: AverageFigure;
  /** Share of end-of-round answers that would recommend the programme. */
  wouldRecommend: RateFigure;
  feedback: Record<FeedbackPhase, FeedbackFigure>;
  /** Feedback received ÷ expected over the phases that are due. */
  feedbackResponseRate: RateFigure;
};

export type RoundDashboard = {
  /** The day the figures are computed for: `today`, but never after the period end. */
  asOf: IsoDate;
  /** In the order of the `tandems` argument. */
  tandems: readonly TandemProgress[];
  totals: DashboardTotals;
};
