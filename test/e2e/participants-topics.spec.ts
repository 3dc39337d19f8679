import { contract } from '../../shared/ipc/contract';
import { makeParticipantInput } from '../shared/participants/participant.factory';
import { expect, test } from './fixtures';
import { TopicCataloguePage } from './pages/participants-topics.page';
import { ParticipantsPage } from './pages/participants.page';

test.beforeEach(async ({ shell }) => {
  await shell.switchLanguage('EN');
  await shell.open(/Participants/);
});

test('renames a topic inline and merges another after confirmation, moving the ratings', async ({ app }) => {
  const input = contract['participants:create'].input.parse(
    makeParticipantInput({ topics: [{ topicId: 'smartphone_apps', level: 4 }] }),
  );
  await app.core.handlers['participants:create'](input);
  await app.page.reload();
  const people = new ParticipantsPage(app.page);
  await expect(people.count).toHaveText('1 of 1 people');

  const catalogue = new TopicCataloguePage(app.page);
  await catalogue.open();
  await catalogue.rename('AI assistants', 'Generative AI');
  await expect(catalogue.active.getByRole('cell', { name: 'Generative AI', exact: true })).toBeVisible();
  await expect(catalogue.active.getByRole('cell', { name: 'AI assistants', exact: true })).toHaveCount(0);

  const dialog = await catalogue.startMerge('Smartphones and apps', 'Mobile working');
  await expect(dialog.getByTestId('merge-consequence')).toContainText('move to “Mobile working”');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(catalogue.retired).toContainText('merged into “Mobile working”');
  await expect(catalogue.active.getByRole('cell', { name: 'Smartphones and apps', exact: true })).toHaveCount(0);
  await app.page.keyboard.press('Escape');
  await expect(catalogue.drawer).toBeHidden();

  await app.page.getByRole('button', { name: /Schäfer/ }).click();
  await expect(people.dialog.getByText('Mobile working (4)')).toBeVisible();
  const stored = await app.core.context.repos().participants.find();
  expect(stored[0]?.topics).toEqual([{ topicId: 'mobile_working', level: 4 }]);
});
