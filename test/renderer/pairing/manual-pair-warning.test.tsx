import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PairCheck, PairingPerson } from '@shared/ipc/domains/pairing.contract';
import type * as ApiModuleNs from '../../../renderer/src/lib/api';
import { renderWithProviders } from '../helpers';

type ApiModule = typeof ApiModuleNs;

const anna: PairingPerson = {
  id: 'm-anna',
  name: 'Anna Schmidt',
  department: 'Vertrieb',
  role: 'mentor',
  email: 'anna.schmidt@example.de',
};
const jonas: PairingPerson = {
  id: 'm-jonas',
  name: 'Jonas Weber',
  department: 'IT',
  role: 'mentor',
  email: 'jonas.weber@example.de',
};
const bernd: PairingPerson = {
  id: 'e-bernd',
  name: 'Bernd Meier',
  department: 'Vertrieb',
  role: 'mentee',
  email: 'bernd.meier@example.de',
};

const score = { total: 40, parts: [] };
const illegal: PairCheck = {
  mentor: anna,
  mentee: bernd,
  violations: [
    {
      code: 'reportingLine',
      chain: ['anna.schmidt@example.de', 'carla.becker@example.de', 'bernd.meier@example.de'],
    },
  ],
  score,
  emailNames: {
    'anna.schmidt@example.de': 'Anna Schmidt',
    'bernd.meier@example.de': 'Bernd Meier',
  },
};
const checkPair = vi.fn((input: { mentorId: string }) =>
  Promise.resolve(
    input.mentorId === 'm-anna' ? illegal : { ...illegal, mentor: jonas, violations: [] },
  ),
);

vi.mock('../../../renderer/src/lib/api', async (importOriginal) => {
  const original = await importOriginal<ApiModule>();
  return {
    ...original,
    api: { pairing: { checkPair }, topics: { list: () => Promise.resolve([]) } },
  };
});

const { ManualPairModal } = await import('../../../renderer/src/features/pairing/ManualPairModal');

const onSubmit = vi.fn((_input: { mentorId: string; menteeId: string; justification?: string }) =>
  Promise.resolve(null),
);

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: new RegExp(option), hidden: true }));
}

beforeEach(() => {
  onSubmit.mockClear();
  checkPair.mockClear();
});

describe('ManualPairModal', () => {
  it('warns what an illegal pair breaks, with the reporting chain in names, and needs a justification', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ManualPairModal
        opened
        roundId="r1"
        mentors={[anna, jonas]}
        mentees={[bernd]}
        onClose={() => undefined}
        onSubmit={onSubmit}
      />,
      'en',
    );
    await choose(user, 'Mentor', 'Anna Schmidt');
    await choose(user, 'Mentee', 'Bernd Meier');
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This pair breaks a rule');
    expect(warning).toHaveTextContent(
      'Anna Schmidt reports to Bernd Meier (Anna Schmidt → carla.becker@example.de → Bernd Meier).',
    );
    await user.click(screen.getByRole('button', { name: 'Form anyway' }));
    expect(
      await screen.findByText('Please justify the exception in at least 10 characters.'),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(
      screen.getByRole('textbox', { name: /Justification/ }),
      'Agreed with the works council.',
    );
    await user.click(screen.getByRole('button', { name: 'Form anyway' }));
    await waitFor(() => {
      expect(onSubmit).toHaveBeenCalledWith({
        mentorId: 'm-anna',
        menteeId: 'e-bernd',
        justification: 'Agreed with the works council.',
      });
    });
  });

  it('forms a legal pair without asking for a justification (German)', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ManualPairModal
        opened
        roundId="r1"
        mentors={[anna, jonas]}
        mentees={[bernd]}
        onClose={() => undefined}
        onSubmit={onSubmit}
      />,
    );
    await choose(user, 'Mentor/in', 'Jonas Weber');
    await choose(user, 'Mentee', 'Bernd Meier');
    expect(await screen.findByText(/Dieses Paar verletzt keine Regel/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Begründung/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tandem bilden' }));
    await waitFor(() => {
      expect(onSubmit).toHaveBeenCalledWith({ mentorId: 'm-jonas', menteeId: 'e-bernd' });
    });
  });
});
