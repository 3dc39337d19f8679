/**
 * Rounds, tandems, meetings and feedback: schemas, lifecycle rules, schedule
 * generation, dashboard and report figures. Pure; runs in main and renderer.
 */
export * from './calendar-day';
export * from './round.schema';
export * from './meeting.schema';
export * from './feedback.schema';
export * from './rounds.errors';
export * from './lifecycle';
export * from './schedule';
export * from './dashboard.types';
export { computeRoundDashboard, expectedMeetingsBy, isFeedbackPhaseDue, OVERDUE_CADENCES, BEHIND_PLAN_THRESHOLD, END_FEEDBACK_DUE_DAYS } from './dashboard';
export * from './due-this-week';
export * from './report-figures';
