import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedConfirmedTandems, seedRoundPeople } from '../fixtures/rounds/people.fixture';
import { expect, test } from './fixtures';
import { RoundsPage } from './pages/rounds.page';

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const daysFromNow = (n: number): string => iso(new Date(Date.now() + n * 86_400_000));

test('runs a round: create, enrol, pair, plan, export, log, end early and re-pair, feedback, close', async ({
  app,
  shell,
}) => {
  test.setTimeout(90_000);
  const page = app.page;
  const ui = new RoundsPage(page);
  const repos = app.core.context.repos();
  await seedRoundPeople(repos);

  await shell.open('Runden & Paarbildung');
  await expect(page.getByText('Noch keine Runden')).toBeVisible();
  await ui.createRound('Runde E2E', daysFromNow(-35), daysFromNow(140));
  await expect(page.getByRole('heading', { name: 'Runde E2E' })).toBeVisible();

  // Enrol everyone from the participant list.
  await ui.tab('Teilnehmende');
  await page.getByLabel('Alle angezeigten auswählen').check();
  await page.getByRole('button', { name: 'Ausgewählte anmelden (8)' }).click();
  await expect(page.getByText('8 Personen angemeldet.')).toBeVisible();

  // Pair: three confirmed tandems (m4 and e4 stay waiting), then start the round.
  const [round] = await app.core.handlers['rounds:list'](undefined);
  const roundId = round?.id ?? '';
  await seedConfirmedTandems(repos, roundId);
  await ui.lifecycle('Runde starten');
  await expect(page.getByText('Aktiv', { exact: true })).toBeVisible();

  // Generate the plan and export the round as .ics.
  await ui.tab('Treffen');
  await page.getByRole('button', { name: 'Plan für 3 Tandem(s) erstellen' }).click();
  await expect(page.getByText('18 Treffen für 3 Tandem(s) geplant.')).toBeVisible();
  const icsPath = join(app.dataDirectory, 'runde-e2e.ics');
  app.dialogs.saves.push(icsPath);
  await page.getByRole('button', { name: 'Runde als .ics exportieren' }).click();
  await ui.dialog.getByLabel(/^Name der Organisatorin/).fill('Personalabteilung');
  await ui.dialog.getByLabel(/^E-Mail der Organisatorin/).fill('hr@example.de');
  await ui.dialog.getByRole('button', { name: '.ics-Datei speichern …' }).click();
  await expect(page.getByTestId('ics-saved')).toContainText('18 Treffen gespeichert');
  const ics = await readFile(icsPath, 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(18);
  expect(ics).toContain('ORGANIZER;CN="Personalabteilung":MAILTO:hr@example.de');
  await ui.dialog.getByRole('button', { name: 'Schließen' }).click();
  await page.screenshot({ path: test.info().outputPath('meetings.png'), fullPage: true });

  // Log three meetings on the Sessions page, one of them cancelled.
  await shell.open('Treffen');
  await expect(page.getByRole('heading', { name: 'Diese Woche fällig' })).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt erfassen' }).first().click();
  const log = page.getByRole('form', { name: 'Treffen erfassen' });
  await log.getByRole('button', { name: 'Treffen speichern' }).click();
  await expect(log.getByRole('status')).toContainText('Gespeichert: Treffen 1');
  await log.getByText('Abgesagt', { exact: true }).click();
  await log.getByLabel('Grund der Absage').fill('Krankheit');
  await log.getByRole('button', { name: 'Treffen speichern' }).click();
  await expect(log.getByRole('status')).toContainText('Gespeichert: Treffen 2');
  await ui.choose(log, 'Tandem', 'Jonas Weber & Claudia Wolf');
  await log.getByLabel('Dauer').fill('45');
  await log.getByLabel('Dauer').press('Enter');
  await expect(log.getByRole('status')).toContainText(
    'Gespeichert: Treffen 1 von Jonas Weber & Claudia Wolf',
  );
  const logged = await app.core.handlers['meetings:list']({ roundId });
  expect(logged.filter((m) => m.state === 'held')).toHaveLength(2);
  expect(logged.filter((m) => m.state === 'cancelled').map((m) => m.cancelReason)).toEqual([
    'Krankheit',
  ]);
  await page.screenshot({ path: test.info().outputPath('sessions.png'), fullPage: true });

  // End one tandem early and re-pair the freed people with those still waiting.
  await shell.open('Runden & Paarbildung');
  await page.getByRole('button', { name: 'Runde E2E' }).click();
  await page
    .getByTestId(`tandem-row-${roundId}-t3`)
    .getByRole('button', { name: 'Vorzeitig beenden' })
    .click();
  await ui.choose(ui.dialog, 'Grund', 'Das Tandem hat nicht gepasst');
  await ui.dialog.getByRole('button', { name: 'Tandem beenden' }).click();
  await expect(page.getByTestId(`tandem-row-${roundId}-t3`)).toContainText('Vorzeitig beendet');
  await page.getByRole('button', { name: 'Frei gewordene Personen neu paaren' }).click();
  await expect(page.getByText(/2 neue\(s\) Tandem\(s\) vorgeschlagen/)).toBeVisible();
  await page.getByRole('button', { name: 'Bestätigen' }).first().click();
  await expect(page.getByRole('button', { name: 'Bestätigen' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.getByRole('button', { name: 'Bestätigen' })).toHaveCount(0);
  const tandems = await app.core.handlers['tandems:list']({ roundId });
  expect(
    tandems
      .filter((t) => t.startedOn !== undefined)
      .map((t) => `${t.mentorId}-${t.menteeId}-${t.status}`)
      .sort(),
  ).toEqual(['m3-e4-confirmed', 'm4-e3-confirmed']);
  await page.screenshot({ path: test.info().outputPath('overview.png'), fullPage: true });

  // Feedback for one person.
  await ui.tab('Feedback');
  await page.getByRole('button', { name: 'Feedback für Bernd Meier erfassen' }).first().click();
  const feedback = page.getByRole('form', { name: 'Feedback erfassen' });
  await ui.choose(feedback, 'Zufriedenheit', '5');
  await feedback.getByLabel('Eine Veränderung, die umgesetzt wurde').fill('Teams statt Rundmail');
  await feedback.getByRole('button', { name: 'Feedback speichern' }).click();
  await expect(feedback.getByRole('status')).toContainText('Feedback von Bernd Meier gespeichert.');
  expect(await app.core.handlers['feedback:list']({ roundId })).toMatchObject([
    { participantId: 'e1', phase: 'start', satisfaction: 5 },
  ]);

  // Close the round: read-only, in the UI and over IPC.
  await ui.lifecycle('Runde abschließen');
  await expect(page.getByTestId('round-read-only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Runde abschließen' })).toHaveCount(0);
  await ui.tab('Übersicht');
  await expect(page.getByRole('button', { name: 'Vorzeitig beenden' })).toHaveCount(0);
  const refused = await app.core.dispatch(
    'meetings:generatePlan',
    { roundId },
    'https://tandem.test/',
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'round.closed' } });
  await page.screenshot({ path: test.info().outputPath('closed.png'), fullPage: true });
});
