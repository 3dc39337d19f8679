import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeTopics, renameTopic, SEED_TOPICS, type TopicRecord } from '@shared/domain/topics';
import type * as ApiModuleNs from '../../../renderer/src/lib/api';
import { renderWithProviders } from '../helpers';

type ApiModule = typeof ApiModuleNs;

// The drawer talks to main only through lib/api.ts, replaced here by a fake over the seed catalogue.
const merge = vi.fn((input: { sourceId: string; targetId: string }) => Promise.resolve(mergeTopics(SEED_TOPICS, input.sourceId, input.targetId)));
const rename = vi.fn((input: { id: string; name: { de: string; en: string } }): Promise<TopicRecord[]> => Promise.resolve(renameTopic(SEED_TOPICS, input.id, input.name)));

vi.mock('../../../renderer/src/lib/api', async (importOriginal) => {
  const original = await importOriginal<ApiModule>();
  return {
    ...original,
    api: {
      topics: { merge, rename, add: vi.fn(), retire: vi.fn(), list: () => Promise.resolve(SEED_TOPICS) },
    },
  };
});

const { TopicCatalogueDrawer } = await import('../../../renderer/src/features/participants/TopicCatalogueDrawer');
const { ApiError } = await import('../../../renderer/src/lib/api');

beforeEach(() => {
  merge.mockClear();
  rename.mockClear();
});

const open = (language: 'de' | 'en' = 'en') =>
  renderWithProviders(<TopicCatalogueDrawer opened catalogue={SEED_TOPICS} language={language} onClose={() => undefined} />, language);

describe('TopicCatalogueDrawer', () => {
  it('merges only after the user picked a target and confirmed what happens to ratings', async () => {
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Merge “Smartphones and apps”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge topics' });
    const confirm = within(dialog).getByRole('button', { name: 'Merge' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('combobox', { name: 'Merge into' }));
    await user.click(await screen.findByRole('option', { name: 'Mobile working', hidden: true }));
    expect(within(dialog).getByTestId('merge-consequence')).toHaveTextContent(
      'All self-ratings and learning wishes for “Smartphones and apps” move to “Mobile working”.',
    );
    expect(merge).not.toHaveBeenCalled();
    await user.click(confirm);
    await waitFor(() => {
      expect(merge).toHaveBeenCalledWith({ sourceId: 'smartphone_apps', targetId: 'mobile_working' });
    });
  });

  it('renames inline with Enter and shows a translated error when the name is taken', async () => {
    rename.mockImplementationOnce(() =>
      Promise.reject(new ApiError({ code: 'topics.topic_name_taken', message: 'taken' })),
    );
    const user = userEvent.setup();
    open('de');
    await user.click(await screen.findByRole('button', { name: '„KI-Assistenten“ umbenennen' }));
    const german = screen.getByRole('textbox', { name: 'Deutsch' });
    expect(german).toHaveFocus();
    await user.clear(german);
    await user.type(german, 'Mobiles Arbeiten{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ein anderes Thema heißt schon so.');
    // The typed name stays for correcting.
    expect(screen.getByRole('textbox', { name: 'Deutsch' })).toHaveValue('Mobiles Arbeiten');
    await user.clear(german);
    await user.type(german, 'Generative KI{Enter}');
    await waitFor(() => {
      expect(rename).toHaveBeenLastCalledWith({ id: 'ai_assistants', name: { de: 'Generative KI', en: 'AI assistants' } });
    });
  });
});
