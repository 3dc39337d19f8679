import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyParticipantInput } from '@shared/domain/participants';
import { SEED_TOPICS } from '@shared/domain/topics';
import {
  ParticipantForm,
  type ParticipantFormProps,
} from '../../../renderer/src/features/participants/ParticipantForm';
import { ApiError } from '../../../renderer/src/lib/api';
import { makeParticipantInput } from '../../shared/participants/participant.factory';
import { renderWithProviders } from '../helpers';

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens on it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

function renderForm(overrides: Partial<ParticipantFormProps> = {}, language: 'de' | 'en' = 'de') {
  const props: ParticipantFormProps = {
    initial: emptyParticipantInput('mentor'),
    catalogue: SEED_TOPICS,
    language,
    today: '2026-11-28',
    submitting: false,
    error: null,
    onSubmit: vi.fn(),
    onCancel: vi.fn(),
    onDirtyChange: vi.fn(),
    onOpenExisting: vi.fn(),
    ...overrides,
  };
  renderWithProviders(<ParticipantForm {...props} />, language);
  return props;
}

describe('ParticipantForm', () => {
  it('shows translated required-field errors and does not submit', async () => {
    const user = userEvent.setup();
    const props = renderForm();
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const firstName = screen.getByRole('textbox', { name: /Vorname/ });
    await waitFor(() => {
      expect(firstName).toHaveAccessibleDescription('Bitte ausfüllen.');
    });
    expect(screen.getByRole('textbox', { name: /Nachname/ })).toHaveAccessibleDescription(
      'Bitte ausfüllen.',
    );
    expect(screen.getByText('Bitte mindestens ein Thema mit Stufe angeben.')).toBeInTheDocument();
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a given consent without its date, in English too', async () => {
    const user = userEvent.setup();
    const props = renderForm({ initial: makeParticipantInput() }, 'en');
    const date = screen.getByLabelText('Date: Takes part voluntarily');
    expect(date).toHaveValue('28 Nov 2026');
    await user.clear(date);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please enter the date of consent.')).toBeInTheDocument();
    expect(props.onSubmit).not.toHaveBeenCalled();

    await user.type(date, '20 Nov 2026');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(props.onSubmit).toHaveBeenCalledTimes(1);
    });
    // Shown in the UI language, handed on as the ISO day main expects.
    expect(vi.mocked(props.onSubmit).mock.calls[0]?.[0]).toMatchObject({
      consents: { voluntary: { given: true, date: '2026-11-20' } },
    });
  });

  it('proposes today as the date when a consent is ticked', async () => {
    const user = userEvent.setup();
    renderForm();
    const date = screen.getByLabelText('Datum: Teilnahme ist freiwillig');
    expect(date).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Teilnahme ist freiwillig' }));
    expect(date).toBeEnabled();
    expect(date).toHaveValue('28.11.2026');
  });

  it('shows the duplicate-email message with a link that opens the existing person', async () => {
    const user = userEvent.setup();
    const error = new ApiError({
      code: 'participants.email_taken',
      message: 'Email already in use.',
      params: { email: 'lena@firma.de', id: 'p-123', name: 'Lena Schäfer' },
    });
    const props = renderForm({ initial: makeParticipantInput(), error });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Lena Schäfer ist bereits mit der E-Mail-Adresse lena@firma.de erfasst.',
    );
    await user.click(screen.getByRole('button', { name: 'Lena Schäfer öffnen' }));
    expect(props.onOpenExisting).toHaveBeenCalledWith('p-123');
  });
});
