import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPairingInput } from '../../../electron/main/services/pairing/pairing-input';
import { DEFAULT_WEIGHTS } from '../../../shared/domain/pairing';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import {
  OTHER_ROUND_ID,
  PAIRING_PEOPLE,
  PAIRING_ROUND_ID,
  seedPairingOrganisation,
} from '../../fixtures/pairing/pairing-org.fixture';

describe('buildPairingInput', () => {
  let core: TestCore;
  const repos = () => core.context.repos();

  beforeEach(async () => {
    core = await makeTestCore();
    await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
    await seedPairingOrganisation(repos());
  });
  afterEach(async () => {
    await core.dispose();
  });

  it('takes the active participants enrolled in the round and maps their topics', async () => {
    await repos().participants.update('e-gisela', { status: 'withdrawn' });
    const input = await buildPairingInput(repos(), PAIRING_ROUND_ID);
    expect(input.participants.map((p) => p.id)).not.toContain('e-gisela');
    expect(input.participants).toHaveLength(PAIRING_PEOPLE.length - 1);
    const anna = input.participants.find((p) => p.id === 'm-anna');
    expect(anna).toMatchObject({
      role: 'mentor',
      name: 'Anna Schmidt',
      managerEmail: 'carla.becker@example.de',
      availability: ['tue-pm'],
      offers: [
        { topic: 'ai_assistants', level: 5 },
        { topic: 'social_media_linkedin', level: 4 },
      ],
      wants: [{ topic: 'leading_teams', baseline: 1 }],
      consents: { voluntary: true, confidentiality: true, dataProcessing: true },
      capacity: 1,
    });
    const bernd = input.participants.find((p) => p.id === 'e-bernd');
    expect(bernd?.wants).toContainEqual({ topic: 'ai_assistants', baseline: 2 });
    // An executive who named no management topic offers the management catalogue at level 5.
    expect(bernd?.offers).toContainEqual({ topic: 'leading_teams', level: 5 });
  });

  it('leaves out people not enrolled in the round', async () => {
    await repos().rounds.update(PAIRING_ROUND_ID, {
      enrolledParticipantIds: ['m-anna', 'e-claudia'],
    });
    const input = await buildPairingInput(repos(), PAIRING_ROUND_ID);
    expect(input.participants.map((p) => p.id).sort()).toEqual(['e-claudia', 'm-anna']);
  });

  it('passes org links, exclusions, earlier pairs, locks and stored weights', async () => {
    await repos().exclusions.insert({
      mentorId: 'm-jonas',
      menteeId: 'e-frank',
      reason: 'Gleiches Projektteam',
    });
    await repos().rounds.insert({
      id: OTHER_ROUND_ID,
      name: 'Runde 2027',
      periodStart: '2027-01-10',
      periodEnd: '2027-06-30',
      status: 'closed',
    });
    await repos().tandems.insert({
      roundId: OTHER_ROUND_ID,
      mentorId: 'm-lea',
      menteeId: 'e-claudia',
      status: 'confirmed',
    });
    await repos().tandems.insert({
      id: 't-locked',
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-tim',
      menteeId: 'e-gisela',
      locked: true,
    });
    await repos().tandems.insert({
      id: 't-loose',
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-paul',
      menteeId: 'e-eva',
    });
    await repos().settings.insert({
      id: 'pairing-weights',
      value: { ...DEFAULT_WEIGHTS, topicFit: 80 },
    });

    const input = await buildPairingInput(repos(), PAIRING_ROUND_ID);
    expect(input.orgLinks).toContainEqual({
      employeeEmail: 'anna.schmidt@example.de',
      managerEmail: 'carla.becker@example.de',
    });
    expect(input.exclusions).toEqual([
      { mentorId: 'm-jonas', menteeId: 'e-frank', reason: 'Gleiches Projektteam' },
    ]);
    expect(input.previousPairs).toEqual([
      { mentorId: 'm-lea', menteeId: 'e-claudia', roundId: OTHER_ROUND_ID },
    ]);
    expect(input.lockedPairs).toEqual([{ mentorId: 'm-tim', menteeId: 'e-gisela' }]);
    expect(input.weights).toMatchObject({ topicFit: 80, reverseFit: DEFAULT_WEIGHTS.reverseFit });
  });

  it('falls back to the default weights when none are stored', async () => {
    const input = await buildPairingInput(repos(), PAIRING_ROUND_ID);
    expect(input.weights).toEqual(DEFAULT_WEIGHTS);
  });

  it('restricts a re-pairing run to the given people and counts their running tandems as used capacity', async () => {
    await repos().participants.update('m-jonas', { capacity: 2 });
    await repos().tandems.insert({
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-jonas',
      menteeId: 'e-frank',
      status: 'confirmed',
    });
    await repos().tandems.insert({
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-tim',
      menteeId: 'e-claudia',
      status: 'confirmed',
    });
    await repos().tandems.insert({
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-lea',
      menteeId: 'e-eva',
      status: 'ended_early',
      ending: { reason: 'time', endedOn: '2028-03-01' },
    });
    const input = await buildPairingInput(repos(), PAIRING_ROUND_ID, {
      onlyParticipantIds: ['m-jonas', 'm-tim', 'm-lea', 'e-eva'],
    });
    expect(input.participants.map((p) => p.id).sort()).toEqual(['e-eva', 'm-jonas', 'm-lea']);
    expect(input.participants.find((p) => p.id === 'm-jonas')?.capacity).toBe(1);
    expect(input.lockedPairs).toEqual([]);
    expect(input.previousPairs).toContainEqual({
      mentorId: 'm-lea',
      menteeId: 'e-eva',
      roundId: PAIRING_ROUND_ID,
    });
  });
});
