import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONSENTED_QUOTE,
  EXPECTED_40,
  ORGANISATION,
  OVERRIDE_JUSTIFICATION,
  PROGRAMME,
  ROUND_NAME,
  SECRET_QUOTE,
  seedReportRound,
} from '../fixtures/reports/report-round.fixture';
import { expect, test } from './fixtures';
import { ReportsPage } from './pages/reports.page';

/** Text of a PDF with poppler's pdftotext; whitespace (incl. no-break spaces) collapsed. */
function pdfText(path: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', [...range, path, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
}

function pageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

test.describe('reports', () => {
  let dir: string;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-report-pdf-'));
  });
  test.afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('the end-of-round report of 40 tandems becomes a PDF with the figures, repeated table header and page numbers', async ({ app, shell }) => {
    await seedReportRound(app.core.context.repos());
    await shell.open(/Berichte/);
    const reports = new ReportsPage(app.page);
    await expect(reports.preview.getByText(ORGANISATION).first()).toBeVisible();
    const target = join(dir, 'bericht.pdf');
    app.dialogs.saves.push(target);
    await reports.savePdf(/Bericht als PDF speichern/);
    await expect(reports.saved).toContainText(target, { timeout: 30_000 });

    const text = pdfText(target);
    const pages = pageCount(target);
    expect(pages).toBeGreaterThanOrEqual(4);
    for (const expected of [ORGANISATION, PROGRAMME, ROUND_NAME, 'Vertraulich', '10. Januar 2028 – 30. Juni 2028']) {
      expect(text).toContain(expected);
    }
    // Key figures with the values worked out by hand in the fixture. The tiles sit three to a
    // row, and pdftotext reads a row's values before its labels.
    const e = EXPECTED_40;
    expect(text).toContain(`${String(e.tandems)} ${String(e.people)} ${e.matchRate} Tandems Teilnehmende Vermittlungsquote (von ${String(e.enrolled)} Angemeldeten)`);
    expect(text).toContain(`${String(e.meetingsHeld)} / ${String(e.meetingsPlanned)} ${e.completionRate} ${String(e.endedEarly)} Treffen gehalten / geplant Anteil gehaltener Treffen Tandems vorzeitig beendet`);
    expect(text).toContain(`${e.averageSatisfaction} ${e.wouldRecommend} ${e.responseRate} Zufriedenheit (Ø, Skala 1–5) würden das Programm weiterempfehlen Rücklaufquote der Befragungen`);
    // Reasons: "time" (3 tandems) is shown, "new role" (1 tandem, 2 people) only as a dash.
    expect(text).toContain(`Zeitmangel ${String(EXPECTED_40.endedTime)}`);
    expect(text).toContain('Neue Aufgabe –');
    expect(text).not.toMatch(/Neue Aufgabe \d/);
    expect(text).toContain('weniger als drei Personen');
    // IT security was rated by two mentees only: no average printed for it.
    expect(text).toMatch(/IT-Sicherheit –\s*→\s*–/);
    // Quotes: only with consent; the override note with its justification.
    expect(text).toContain(CONSENTED_QUOTE);
    expect(text).not.toContain(SECRET_QUOTE);
    expect(text).not.toContain('GEHEIM');
    expect(text).toContain(OVERRIDE_JUSTIFICATION);
    // Footer numbering on every page, and the table header again on the last page.
    expect(text).toContain(`Seite 2 von ${String(pages)}`);
    expect(text).toContain(`Seite ${String(pages)} von ${String(pages)}`);
    const last = pdfText(target, { first: pages, last: pages });
    const firstTablePage = [...Array(pages).keys()].map((i) => i + 1).find((p) => pdfText(target, { first: p, last: p }).includes('Alle Tandems'));
    expect(firstTablePage).toBeLessThan(pages);
    expect(last).toContain('Nr. Mentor/in Bereich Mentee Bereich Treffen');
    expect(last).toContain('Status');
    expect(last).toMatch(/\b40 \S+/);

    // Look at it: PNGs next to the test output (pdftoppm at 60 dpi).
    await mkdir(test.info().outputDir, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', target, join(test.info().outputDir, 'report')]);
    expect((await readdir(test.info().outputDir)).filter((f) => f.startsWith('report')).length).toBe(pages);
  });

  test('certificates: one landscape page per tandem, in English', async ({ app, shell }) => {
    await seedReportRound(app.core.context.repos());
    await shell.open(/Berichte/);
    const reports = new ReportsPage(app.page);
    await reports.chooseDocument('Urkunden');
    await reports.chooseLanguage('Englisch');
    await expect(reports.preview.getByText('Certificate of participation').first()).toBeVisible();
    const target = join(dir, 'urkunden.pdf');
    app.dialogs.saves.push(target);
    await reports.savePdf(/Urkunden als PDF speichern/);
    await expect(reports.saved).toBeVisible({ timeout: 30_000 });
    expect(pageCount(target)).toBe(EXPECTED_40.tandems);
    const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+/);
    const text = pdfText(target);
    expect(text.match(/Certificate of participation/g)?.length).toBe(EXPECTED_40.tandems);
    expect(text).toContain('They met for 6 mentoring sessions.');
    expect(text).toContain('AI assistants');
    expect(text).toContain(ORGANISATION);
    expect(text).not.toContain(SECRET_QUOTE);
    await mkdir(test.info().outputDir, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', target, join(test.info().outputDir, 'certificate')]);
  });

  test('the participant data report of one person, and Print… goes to the print engine', async ({ app, shell }) => {
    await seedReportRound(app.core.context.repos());
    await shell.open(/Berichte/);
    const picker = app.page.getByRole('combobox', { name: 'Person' });
    await picker.click();
    const person = await app.core.context.repos().participants.require('e0001');
    await picker.fill(person.lastName);
    await app.page.getByRole('option', { name: new RegExp(`${person.firstName} ${person.lastName}`) }).first().click();
    await expect(app.page.getByText('Auskunft über gespeicherte Daten')).toBeVisible();
    const target = join(dir, 'auskunft.pdf');
    app.dialogs.saves.push(target);
    await app.page.getByRole('button', { name: /Auskunft als PDF speichern/ }).click();
    await expect(app.page.getByTestId('pdf-saved')).toBeVisible({ timeout: 30_000 });
    const text = pdfText(target);
    expect(text).toContain('e0001@example.org');
    expect(text).toContain('Freiwillige Teilnahme erteilt am');
    expect(text).toContain(CONSENTED_QUOTE);
    expect(text).toMatch(/Seite 1 von \d/);
    await app.page.getByRole('button', { name: 'Drucken …' }).last().click();
    await expect.poll(() => app.printer.printed).toEqual(['#/print/person/e0001/de']);
  });

  test('a print page shows nothing while Tandem is locked', async ({ app }) => {
    await seedReportRound(app.core.context.repos());
    await app.core.handlers['vault:lock'](undefined);
    const page = await app.context.newPage();
    await page.goto('https://tandem.test/index.html#/print/round/round-fruehjahr/de');
    await expect(page.locator('[data-report-error="locked"]')).toBeVisible();
    await expect(page.getByText(ORGANISATION)).toHaveCount(0);
  });
});
