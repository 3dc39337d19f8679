import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../shared/domain/pairing';
import type { PairingOverview } from '../../../shared/ipc/domains/pairing.contract';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import {
  PAIRING_ROUND_ID,
  seedPairingOrganisation,
} from '../../fixtures/pairing/pairing-org.fixture';

const APP = 'app://tandem/index.html';
const pairs = (o: PairingOverview): string[] =>
  o.tandems.map((t) => `${t.mentor.id}/${t.mentee.id}`).sort();

describe('pairing service', () => {
  let core: TestCore;
  const repos = () => core.context.repos();
  const h = () => core.handlers;

  beforeEach(async () => {
    core = await makeTestCore();
    await h()['vault:create']({ passphrase: 'correct horse battery staple' });
    await seedPairingOrganisation(repos());
  });
  afterEach(async () => {
    await core.dispose();
  });

  it('proposes legal tandems for everyone it can pair and never crosses the reporting line', async () => {
    const overview = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    expect(overview.tandems).toHaveLength(6);
    expect(pairs(overview)).not.toContain('m-anna/e-bernd');
    for (const t of overview.tandems) {
      expect(t.violations).toEqual([]);
      expect(t.breakdown?.parts).toHaveLength(6);
      expect(t.mentor.name).not.toBe(t.mentor.id);
    }
    expect(await repos().tandems.count({ roundId: PAIRING_ROUND_ID })).toBe(6);
    expect(core.events.some((e) => e.event === 'progress')).toBe(true);
  });

  it('re-running keeps locked tandems and replaces only the unlocked proposal', async () => {
    const first = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    const kept = first.tandems[0];
    expect(kept).toBeDefined();
    await h()['pairing:setLocked']({ tandemId: kept?.id ?? '', locked: true });
    // Unlocked manual changes are replaced by the next run.
    const second = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    expect(second.tandems.find((t) => t.id === kept?.id)).toMatchObject({ locked: true });
    expect(second.tandems).toHaveLength(6);
    expect(await repos().tandems.count({ roundId: PAIRING_ROUND_ID })).toBe(6);
  });

  it('swaps the mentors of two tandems, re-scores both and locks them', async () => {
    const first = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    // Choose two tandems whose swap is legal (neither new pair in a reporting line).
    const [a, b] = first.tandems.filter(
      (t) => t.mentor.id !== 'm-anna' && t.mentee.id !== 'e-bernd',
    );
    if (!a || !b) {
      throw new Error('fixture gives too few tandems');
    }
    const after = await h()['pairing:swapMentors']({ tandemIdA: a.id, tandemIdB: b.id });
    const na = after.tandems.find((t) => t.id === a.id);
    const nb = after.tandems.find((t) => t.id === b.id);
    expect(na?.mentor.id).toBe(b.mentor.id);
    expect(nb?.mentor.id).toBe(a.mentor.id);
    expect(na?.mentee.id).toBe(a.mentee.id);
    expect(na?.locked).toBe(true);
    expect(na?.score).toBe(na?.breakdown?.total);
  });

  it('refuses a swap that breaks a hard rule without a justification', async () => {
    await h()['pairing:manualPair']({
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-anna',
      menteeId: 'e-claudia',
    });
    await h()['pairing:manualPair']({
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-jonas',
      menteeId: 'e-bernd',
    });
    const o = await h()['pairing:overview']({ roundId: PAIRING_ROUND_ID });
    const a = o.tandems.find((t) => t.mentor.id === 'm-anna');
    const b = o.tandems.find((t) => t.mentor.id === 'm-jonas');
    await expect(
      h()['pairing:swapMentors']({ tandemIdA: a?.id ?? '', tandemIdB: b?.id ?? '' }),
    ).rejects.toMatchObject({
      code: 'pairing.justification_required',
      params: { violations: 'reportingLine' },
    });
  });

  it('refuses an illegal manual pair without a justification and lists what it breaks', async () => {
    const check = await h()['pairing:checkPair']({
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-anna',
      menteeId: 'e-bernd',
    });
    expect(check.violations).toEqual([
      {
        code: 'reportingLine',
        chain: ['anna.schmidt@example.de', 'carla.becker@example.de', 'bernd.meier@example.de'],
      },
    ]);
    expect(check.emailNames['bernd.meier@example.de']).toBe('Bernd Meier');
    await expect(
      h()['pairing:manualPair']({
        roundId: PAIRING_ROUND_ID,
        mentorId: 'm-anna',
        menteeId: 'e-bernd',
        justification: 'kurz',
      }),
    ).rejects.toMatchObject({
      code: 'pairing.justification_required',
      params: { violations: 'reportingLine', count: 1 },
    });
    expect(await repos().tandems.count({ roundId: PAIRING_ROUND_ID })).toBe(0);
  });

  it('saves an illegal manual pair with its justification and flags the audit entry', async () => {
    const justification = 'Bernd wechselt im Februar die Abteilung; vom Betriebsrat abgestimmt.';
    const o = await h()['pairing:manualPair']({
      roundId: PAIRING_ROUND_ID,
      mentorId: 'm-anna',
      menteeId: 'e-bernd',
      justification,
    });
    const t = o.tandems.find((x) => x.mentor.id === 'm-anna');
    expect(t).toMatchObject({ locked: true, justification, status: 'proposed' });
    expect(t?.violations[0]?.code).toBe('reportingLine');
    const stored = await repos().tandems.require(t?.id ?? '');
    expect(stored.violations).toEqual(['reportingLine']);
    const audit = await repos().audit.list({ entity: 'tandem' });
    expect(audit.find((e) => e.action === 'tandem.manual_override')?.flagged).toBe(true);
    // A later proposal keeps the manual pair.
    const again = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    expect(pairs(again)).toContain('m-anna/e-bernd');
  });

  it('a legal manual pair replaces the mentee’s proposed tandem and needs no justification', async () => {
    const first = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    const ofClaudia = first.tandems.find((t) => t.mentee.id === 'e-claudia');
    const mentorId = ofClaudia?.mentor.id === 'm-jonas' ? 'm-sara' : 'm-jonas';
    const o = await h()['pairing:manualPair']({
      roundId: PAIRING_ROUND_ID,
      mentorId,
      menteeId: 'e-claudia',
    });
    expect(o.tandems.filter((t) => t.mentee.id === 'e-claudia').map((t) => t.mentor.id)).toEqual([
      mentorId,
    ]);
    expect(o.tandems.filter((t) => t.mentor.id === mentorId)).toHaveLength(1);
  });

  it('removes a tandem from the proposal and reports the two as not proposed', async () => {
    const first = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    const t = first.tandems[0];
    const o = await h()['pairing:removeTandem']({ tandemId: t?.id ?? '' });
    expect(o.tandems).toHaveLength(5);
    expect(o.unpaired.map((u) => u.reason.code)).toEqual(['notProposed', 'notProposed']);
  });

  it('explains why someone stays unpaired', async () => {
    await repos().rounds.update(PAIRING_ROUND_ID, {
      enrolledParticipantIds: ['m-anna', 'e-bernd', 'e-claudia'],
    });
    const o = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    expect(pairs(o)).toEqual(['m-anna/e-claudia']);
    expect(o.unpaired.map((u) => ({ id: u.person.id, reason: u.reason }))).toEqual([
      { id: 'e-bernd', reason: { code: 'allCandidatesInReportingLine', candidates: 1 } },
    ]);
  });

  it('excluding a pair removes their proposed tandem and keeps it out of the next proposal', async () => {
    const first = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    const t = first.tandems[0];
    if (!t) {
      throw new Error('no tandem');
    }
    const ex = await h()['exclusions:create']({
      mentorId: t.mentor.id,
      menteeId: t.mentee.id,
      reason: 'Privat verbunden',
    });
    expect(ex.mentor?.name).toBe(t.mentor.name);
    expect(await repos().tandems.get(t.id)).toBeNull();
    const again = await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    expect(pairs(again)).not.toContain(`${t.mentor.id}/${t.mentee.id}`);
    await expect(
      h()['exclusions:create']({ mentorId: t.mentee.id, menteeId: t.mentor.id, reason: 'doppelt' }),
    ).rejects.toMatchObject({
      code: 'pairing.already_excluded',
    });
    await h()['exclusions:remove']({ id: ex.id });
    expect(await h()['exclusions:list'](undefined)).toEqual([]);
  });

  it('confirms every proposed tandem, and refuses to change a closed round', async () => {
    await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    const o = await h()['pairing:confirm']({ roundId: PAIRING_ROUND_ID });
    expect(o.tandems.every((t) => t.status === 'confirmed')).toBe(true);
    await expect(h()['pairing:confirm']({ roundId: PAIRING_ROUND_ID })).rejects.toMatchObject({
      code: 'pairing.nothing_to_confirm',
    });
    await repos().rounds.update(PAIRING_ROUND_ID, { status: 'closed' });
    const result = await core.dispatch('pairing:confirm', { roundId: PAIRING_ROUND_ID }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'round.closed' } });
    await expect(h()['pairing:propose']({ roundId: PAIRING_ROUND_ID })).rejects.toMatchObject({
      code: 'round.closed',
    });
  });

  it('stores valid weights and refuses NaN, negative and all-zero weights', async () => {
    expect(await h()['pairing:getWeights'](undefined)).toEqual(DEFAULT_WEIGHTS);
    const next = { ...DEFAULT_WEIGHTS, topicFit: 70 };
    expect(await h()['pairing:setWeights'](next)).toEqual(next);
    expect(await h()['pairing:getWeights'](undefined)).toEqual(next);
    for (const bad of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      const result = await core.dispatch(
        'pairing:setWeights',
        { ...DEFAULT_WEIGHTS, reverseFit: bad },
        APP,
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      await expect(
        h()['pairing:setWeights']({ ...DEFAULT_WEIGHTS, reverseFit: bad }),
      ).rejects.toMatchObject({
        code: 'pairing.invalid_weights',
        params: { part: 'reverseFit' },
      });
    }
    const zero = Object.fromEntries(
      Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]),
    ) as typeof DEFAULT_WEIGHTS;
    await expect(h()['pairing:setWeights'](zero)).rejects.toMatchObject({
      code: 'pairing.weights_all_zero',
    });
    expect(await h()['pairing:getWeights'](undefined)).toEqual(next);
  });

  it('previews candidate weights without saving anything', async () => {
    await h()['pairing:propose']({ roundId: PAIRING_ROUND_ID });
    const before = await repos().tandems.find({ roundId: PAIRING_ROUND_ID });
    const same = await h()['pairing:previewWeights']({
      roundId: PAIRING_ROUND_ID,
      weights: { ...DEFAULT_WEIGHTS },
    });
    expect(same).toMatchObject({ tandemCount: 6, currentTandemCount: 6, changedPairs: 0 });
    expect(same.totalScore).toBeCloseTo(same.currentTotalScore, 3);
    const other = await h()['pairing:previewWeights']({
      roundId: PAIRING_ROUND_ID,
      weights: {
        topicFit: 0,
        reverseFit: 0,
        differentDepartment: 0,
        sharedLanguage: 0,
        formatLocation: 0,
        availability: 100,
      },
    });
    expect(other.tandemCount).toBe(6);
    expect(await repos().tandems.find({ roundId: PAIRING_ROUND_ID })).toEqual(before);
  });
});
