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
