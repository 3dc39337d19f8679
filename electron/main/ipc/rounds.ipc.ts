import type { ROUNDS_CHANNELS } from '@shared/ipc/domains/rounds.channels';
import type { HandlersForChannels } from '@shared/ipc/contract';
import { createCalendarService } from '../services/rounds/calendar.service';
import { createDashboardService } from '../services/rounds/dashboard.service';
import { createFeedbackService } from '../services/rounds/feedback.service';
import { createMeetingsService } from '../services/rounds/meetings.service';
import { translated } from '../services/rounds/round-access';
import { createRoundsService } from '../services/rounds/rounds.service';
import { createTandemsService } from '../services/rounds/tandems.service';
import type { ServiceContext } from '../services/service-context';

/**
 * IPC handlers of the rounds area. Every write goes through a service that loads the round
 * with `loadEditableRound` (or a lifecycle rule), so a closed round stays read-only over IPC.
 */
export function createRoundsHandlers(
  context: ServiceContext,
): HandlersForChannels<typeof ROUNDS_CHANNELS> {
  const repos = () => context.repos();
  const rounds = createRoundsService(repos, context.now);
  const tandems = createTandemsService(repos, context.now);
  const meetings = createMeetingsService(repos, (task, done, total) => {
    context.progress(task, done, total);
  });
  const feedback = createFeedbackService(repos);
  const calendar = createCalendarService(repos, context.dialogs, context.now);
  const dashboard = createDashboardService(repos, context.now, rounds);
  return {
    'rounds:list': () => translated(() => rounds.list()),
    'rounds:get': ({ roundId }) => translated(() => rounds.get(roundId)),
    'rounds:create': (input) => translated(() => rounds.create(input)),
    'rounds:update': ({ roundId, patch }) => translated(() => rounds.update(roundId, patch)),
    'rounds:candidates': ({ roundId }) => translated(() => rounds.candidates(roundId)),
    'rounds:enrol': ({ roundId, participantIds }) =>
      translated(() => rounds.enrol(roundId, participantIds)),
    'rounds:unenrol': ({ roundId, participantIds }) =>
      translated(() => rounds.unenrol(roundId, participantIds)),
    'rounds:transition': ({ roundId, to }) => translated(() => rounds.transition(roundId, to)),
    'rounds:history': () => translated(() => rounds.history()),
    'tandems:list': ({ roundId }) => translated(() => tandems.list(roundId)),
    'tandems:confirm': ({ tandemId }) => translated(() => tandems.confirm(tandemId)),
    'tandems:endEarly': (input) => translated(() => tandems.endEarly(input)),
    'tandems:repair': ({ roundId }) => translated(() => tandems.repair(roundId)),
    'meetings:list': ({ roundId, tandemId }) => translated(() => meetings.list(roundId, tandemId)),
    'meetings:generatePlan': ({ roundId, ...options }) =>
      translated(() => meetings.generatePlan(roundId, options)),
    'meetings:reschedule': (input) => translated(() => meetings.reschedule(input)),
    'meetings:log': (input) => translated(() => meetings.log(input)),
    'meetings:topics': () => translated(() => meetings.topics()),
    'feedback:list': ({ roundId }) => translated(() => feedback.list(roundId)),
    'feedback:save': (input) => translated(() => feedback.save(input)),
    'calendar:organizer': () => translated(() => calendar.organizer()),
    'calendar:exportIcs': (input) => translated(() => calendar.exportIcs(input)),
    'dashboard:round': ({ roundId }) => translated(() => dashboard.round(roundId)),
    'dashboard:due': () => translated(() => dashboard.due()),
  };
}
