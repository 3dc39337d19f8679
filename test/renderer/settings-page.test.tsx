import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preferences } from '@shared/domain/preferences/preferences.schema';
import type * as ApiModuleNs from '../../renderer/src/lib/api';
import { renderWithProviders } from './helpers';

type ApiModule = typeof ApiModuleNs;

// The page talks to main only through lib/api.ts, which is replaced by a fake here.
const state: { prefs: Preferences } = { prefs: { language: 'de', autoLockMinutes: 10 } };
const update = vi.fn((patch: Partial<Preferences>) => {
  state.prefs = { ...state.prefs, ...patch };
  return Promise.resolve(state.prefs);
});

vi.mock('../../renderer/src/lib/api', async (importOriginal) => {
  const original = await importOriginal<ApiModule>();
  return {
    ...original,
    api: {
      app: {
        info: () => Promise.resolve({ name: 'Tandem', version: '9.9.9', host: 'electron', platform: 'linux', dataDirectory: '/data' }),
      },
      preferences: { get: () => Promise.resolve(state.prefs), update },
    },
  };
});

// The other cards on the page belong to their own features and have their own tests.
vi.mock('../../renderer/src/features/settings/SecurityCard', () => ({ SecurityCard: () => null }));
vi.mock('../../renderer/src/features/settings/BackupCard', () => ({ BackupCard: () => null }));
vi.mock('../../renderer/src/features/pairing/PairingWeightsCard', () => ({ PairingWeightsCard: () => null }));
vi.mock('../../renderer/src/features/participants/DataRetentionCard', () => ({ DataRetentionCard: () => null }));
vi.mock('../../renderer/src/features/reports/ReportSettingsCard', () => ({ ReportSettingsCard: () => null }));
vi.mock('../../renderer/src/features/sync/SyncSettingsCard', () => ({ SyncSettingsCard: () => null }));

const { SettingsPage } = await import('../../renderer/src/features/settings/SettingsPage');
const { ApiError } = await import('../../renderer/src/lib/api');

beforeEach(() => {
  state.prefs = { language: 'de', autoLockMinutes: 10 };
  update.mockClear();
});

describe('SettingsPage', () => {
  it('shows the version and a German format preview', async () => {
    renderWithProviders(<SettingsPage />);
    expect(await screen.findByText('9.9.9')).toBeInTheDocument();
    expect(screen.getByTestId('format-preview')).toHaveTextContent('28.11.2026 · 1.234,50');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Einstellungen');
  });

  it('saves a new auto-lock time typed with the keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage />);
    const input = await screen.findByLabelText(/Automatisch sperren nach/);
    await user.clear(input);
    await user.type(input, '25');
    await waitFor(() => {
      expect(update).toHaveBeenLastCalledWith({ autoLockMinutes: 25 });
    });
  });

  it('shows a translated message when saving fails', async () => {
    update.mockImplementationOnce(() => Promise.reject(new ApiError({ code: 'locked', message: 'x' })));
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage />, 'en');
    const input = await screen.findByLabelText(/Lock automatically after/);
    await user.clear(input);
    await user.type(input, '5');
    expect(await screen.findByRole('alert')).toHaveTextContent('Tandem is locked. Please unlock it first.');
  });
});
