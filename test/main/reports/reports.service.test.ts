import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printDocument } from '../../../electron/main/services/reports/report-export.service';
import type { ReportPrinter } from '../../../electron/main/services/service-context';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import {
  CONSENTED_QUOTE,
  EXPECTED_40,
  ORGANISATION,
  OVERRIDE_JUSTIFICATION,
  ROUND_ID,
  SECRET_QUOTE,
  seedReportRound,
} from '../../fixtures/reports/report-round.fixture';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('reports service', () => {
  let core: TestCore;
  let dir: string;
  const printed: { route: string; landscape: boolean | undefined }[] = [];
  const printer: ReportPrinter = {
    toPdf: (route, { landscape }) => {
      printed.push({ route, landscape });
      return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
    },
    print: (route) => {
      printed.push({ route, landscape: undefined });
      return Promise.resolve();
    },
  };

  beforeEach(async () => {
    printed.length = 0;
    dir = await mkdtemp(join(tmpdir(), 'tandem-reports-'));
    core = await makeTestCore({ printer });
    await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
    await seedReportRound(core.context.repos());
  });

  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('joins names into the round figures and keeps small groups suppressed', async () => {
    const data = await core.handlers['reports:roundData']({ roundId: ROUND_ID });
    const k = data.figures.kpis;
    expect([k.tandems, k.people, k.enrolled, k.meetingsHeld, k.meetingsPlanned, k.endedEarly]).toEqual([
      EXPECTED_40.tandems,
      EXPECTED_40.people,
      EXPECTED_40.enrolled,
      EXPECTED_40.meetingsHeld,
      EXPECTED_40.meetingsPlanned,
      EXPECTED_40.endedEarly,
    ]);
    expect(k.averageSatisfaction).toBe(4.5);
    expect(k.wouldRecommendShare).toBeCloseTo(0.9);
    expect(k.feedbackResponseRate).toBeCloseTo(150 / 160);
    expect(k.endedEarlyByReason).toEqual(
      expect.arrayContaining([
        { reason: 'time', tandems: 3 },
        { reason: 'role_change', tandems: { suppressed: true } },
      ]),
    );
    const security = data.figures.selfAssessment.mentee.find((a) => a.topicId === 'it_security');
    expect(security?.start).toEqual({ suppressed: true });
    expect(data.tandems).toHaveLength(40);
    expect(data.tandems.every((t) => t.mentor !== '' && t.mentee !== '' && t.mentorDepartment !== '')).toBe(true);
    expect(data.manualOverrides).toEqual([expect.objectContaining({ justification: OVERRIDE_JUSTIFICATION, violations: ['reportingLine'] })]);
    expect(data.manualOverrides[0]?.mentor).toMatch(/\S+ \S+/);
    expect(data.topicNames.ai_assistants).toEqual({ de: 'KI-Assistenten', en: 'AI assistants' });
    expect(data.branding.organisationName).toBe(ORGANISATION);
    const quotes = data.figures.quotes.map((q) => q.text);
    expect(quotes).toContain(CONSENTED_QUOTE);
    expect(JSON.stringify(data)).not.toContain(SECRET_QUOTE);
  });

  it('makes one certificate per tandem that ran, with meetings and topics', async () => {
    const data = await core.handlers['reports:certificateData']({ roundId: ROUND_ID });
    expect(data.certificates).toHaveLength(40);
    const six = data.certificates.find((c) => c.tandemId === 't0001');
    expect(six?.held).toBe(6);
    expect(six?.topics).toEqual(expect.arrayContaining(['ai_assistants', 'leading_teams', 'career_planning']));
  });

  it('summarises one person with partner, meetings and own feedback', async () => {
    const data = await core.handlers['reports:personData']({ participantId: 'e0001' });
    expect(data.person.email).toBe('e0001@example.org');
    expect(data.tandems).toEqual([expect.objectContaining({ role: 'mentee', held: 6, planned: 6, partner: expect.stringMatching(/\S/) as unknown })]);
    expect(data.feedback.map((f) => f.phase)).toEqual(['start', 'end']);
    expect(data.feedback[1]?.quote).toBe(CONSENTED_QUOTE);
    await expect(core.handlers['reports:personData']({ participantId: 'nobody' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('saves a PDF where the user chose, rendering the print route', async () => {
    const target = join(dir, 'bericht.pdf');
    core.dialogs.saves.push(target);
    const saved = await core.handlers['reports:savePdf']({ kind: 'certificates', id: ROUND_ID, language: 'en' });
    expect(saved).toEqual({ path: target, bytes: 13 });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(printed).toEqual([{ route: `#/print/certificates/${ROUND_ID}/en`, landscape: true }]);
    expect(core.events.some((e) => e.event === 'progress')).toBe(true);
  });

  it('writes nothing when the save dialog is cancelled, and refuses unknown rounds before asking', async () => {
    expect(await core.handlers['reports:savePdf']({ kind: 'round', id: ROUND_ID, language: 'de' })).toBeNull();
    expect(printed).toEqual([]);
    await expect(core.handlers['reports:savePdf']({ kind: 'round', id: 'missing', language: 'de' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('says so when no print engine is available', async () => {
    const { printer: _printer, ...bare } = core.context;
    await expect(printDocument(bare, { kind: 'round', id: ROUND_ID, language: 'de' })).rejects.toMatchObject({ code: 'reports.printer_unavailable' });
    await core.handlers['reports:print']({ kind: 'person', id: 'e0001', language: 'de' });
    expect(printed).toEqual([{ route: '#/print/person/e0001/de', landscape: undefined }]);
  });

  it('stores branding and a PNG logo, refusing files that are not images or too large', async () => {
    const saved = await core.handlers['reports:setBranding']({ organisationName: '  Beispiel AG ', programmeName: 'Tandem' });
    expect(saved.organisationName).toBe('Beispiel AG');
    const logo = join(dir, 'logo.png');
    await writeFile(logo, PNG);
    core.dialogs.opens.push(logo);
    const withLogo = await core.handlers['reports:chooseLogo'](undefined);
    expect(withLogo?.logoDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await core.handlers['reports:branding'](undefined)).organisationName).toBe('Beispiel AG');

    const fake = join(dir, 'fake.png');
    await writeFile(fake, 'GIF89a not a png');
    core.dialogs.opens.push(fake);
    await expect(core.handlers['reports:chooseLogo'](undefined)).rejects.toMatchObject({ code: 'reports.logo_not_image' });
    const big = join(dir, 'big.png');
    await writeFile(big, new Uint8Array(1024 * 1024 + 1));
    core.dialogs.opens.push(big);
    await expect(core.handlers['reports:chooseLogo'](undefined)).rejects.toMatchObject({ code: 'reports.logo_too_large' });
    expect((await core.handlers['reports:removeLogo'](undefined)).logoDataUrl).toBeNull();
  });

  it('lists rounds with their tandem counts and people by last name', async () => {
    expect(await core.handlers['reports:rounds'](undefined)).toEqual([expect.objectContaining({ id: ROUND_ID, tandems: 40, status: 'closed' })]);
    const people = await core.handlers['reports:people'](undefined);
    expect(people).toHaveLength(84);
  });
});
