/**
 * The sample programme's demo rounds: periods and names relative to today, and the seeded
 * stories (meetings held or cancelled, an early end, feedback) the sample service replays
 * through the rounds services. Pure; no clock, no randomness beyond the seed.
 */
export * from './sample-random';
export * from './demo-rounds';
export * from './demo-script';
export * from './demo-texts';
