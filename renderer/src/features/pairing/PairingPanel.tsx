import { Alert, Button, Card, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconCheck, IconHandClick, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairingTandemView } from '@shared/ipc/domains/pairing.contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { ExcludeModal } from './ExcludeModal';
import { ExclusionsList } from './ExclusionsList';
import { ManualPairModal } from './ManualPairModal';
import { uiLanguage } from './pairing-text';
import { SwapModal } from './SwapModal';
import { TandemTable } from './TandemTable';
import { UnpairedList } from './UnpairedList';
import { usePairing } from './usePairing';

/**
 * The pairing tab of a round: propose tandems, see why each pair fits, adjust (lock, swap,
 * remove, exclude, pair by hand) and confirm.
 */
export function PairingPanel({ roundId }: { roundId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const p = usePairing(roundId);
  const [selected, setSelected] = useState<string[]>([]);
  const [swapPair, setSwapPair] = useState<readonly [string, string] | null>(null);
  const [manualOpen, setManualOpen] = useState(false);
  const [excluding, setExcluding] = useState<PairingTandemView | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  const data = p.overview.data;
  if (p.overview.isError) {
    return <ErrorAlert error={p.overview.error} />;
  }
  if (!data) {
    return <Progress value={100} animated aria-label={t('pairing.proposing')} />;
  }
  const editable = data.round.status !== 'closed';
  const proposedCount = data.tandems.filter((x) => x.status === 'proposed').length;
  const mutationError = [p.propose, p.setLocked, p.remove, p.confirm].find((m) => m.isError)?.error;

  if (data.enrolledCount === 0) {
    return (
      <Card withBorder padding="xl" data-testid="pairing-empty">
        <Stack gap="xs" align="flex-start">
          <Title order={2} size="h4">
            {t('pairing.empty.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={560}>
            {t('pairing.empty.body')}
          </Text>
        </Stack>
      </Card>
    );
  }

  const toggle = (id: string): void => {
    setSelected((current) =>
      current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(-2),
    );
  };
  const [first, second] = selected;

  return (
    <Stack gap="md" data-testid="pairing-panel">
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('pairing.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('pairing.intro')}
        </Text>
      </Stack>
      {!editable ? <Alert color="gray">{t('pairing.closed')}</Alert> : null}
      {mutationError ? <ErrorAlert error={mutationError} /> : null}
      {editable ? (
        <Group gap="sm">
          <Button
            leftSection={<IconSparkles size={16} />}
            loading={p.propose.isPending}
            onClick={() => {
              setSelected([]);
              p.propose.mutate();
            }}
          >
            {data.tandems.length > 0 ? t('pairing.proposeAgain') : t('pairing.propose')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArrowsExchange size={16} />}
            disabled={first === undefined || second === undefined}
            title={t('pairing.actions.swapHint')}
            onClick={() => {
              if (first !== undefined && second !== undefined) {
                setSwapPair([first, second]);
              }
            }}
          >
            {t('pairing.actions.swap')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconHandClick size={16} />}
            onClick={() => {
              setManualOpen(true);
            }}
          >
            {t('pairing.actions.manual')}
          </Button>
          <Button
            color="teal"
            leftSection={<IconCheck size={16} />}
            disabled={proposedCount === 0}
            onClick={() => {
              setConfirming(proposedCount);
            }}
          >
            {t('pairing.actions.confirm')}
          </Button>
        </Group>
      ) : null}
      {p.propose.isPending ? (
        <Stack gap={4} role="status">
          <Text size="sm">{t('pairing.proposing')}</Text>
          <Progress value={100} animated aria-label={t('pairing.proposing')} />
        </Stack>
      ) : (
        <Text size="xs" c="dimmed">
          {editable ? `${t('pairing.proposeHint')} ${t('pairing.actions.swapHint')}` : null}
        </Text>
      )}
      {data.tandems.length > 0 ? (
        <>
          <Text size="sm" data-testid="pairing-summary">
            {t('pairing.summary', {
              tandems: data.tandems.length,
              score: formatNumber(data.totalScore, language, 0),
              unpaired: data.unpaired.length,
            })}
          </Text>
          <TandemTable
            tandems={data.tandems}
            editable={editable}
            selected={selected}
            onToggleSelect={toggle}
            onLock={(tandemId, locked) => {
              p.setLocked.mutate({ tandemId, locked });
            }}
            onRemove={(tandem) => {
              setSelected((s) => s.filter((x) => x !== tandem.id));
              p.remove.mutate(tandem.id);
            }}
            onExclude={setExcluding}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('pairing.noTandems')}
        </Text>
      )}
      {proposedCount === 0 && data.tandems.length > 0 ? (
        <Alert color="teal" variant="light">
          {t('pairing.confirm.done')}
        </Alert>
      ) : null}
      <UnpairedList unpaired={data.unpaired} />
      <ExclusionsList />

      <ManualPairModal
        opened={manualOpen}
        roundId={roundId}
        mentors={data.mentors}
        mentees={data.mentees}
        onClose={() => {
          setManualOpen(false);
        }}
        onSubmit={(input) => p.manual.mutateAsync(input)}
      />
      <SwapModal
        pair={swapPair}
        onClose={() => {
          setSwapPair(null);
        }}
        onSubmit={async (input) => {
          await p.swap.mutateAsync(input);
          setSelected([]);
        }}
      />
      <ExcludeModal
        tandem={excluding}
        onClose={() => {
          setExcluding(null);
        }}
        onSubmit={(input) => p.exclude.mutateAsync(input)}
      />
      <Modal
        opened={confirming !== null}
        onClose={() => {
          setConfirming(null);
        }}
        title={t('pairing.confirm.title')}
      >
        <Stack gap="md">
          <Text size="sm">{t('pairing.confirm.body', { count: confirming ?? 0 })}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setConfirming(null);
              }}
            >
              {t('pairing.cancel')}
            </Button>
            <Button
              color="teal"
              loading={p.confirm.isPending}
              onClick={() => {
                p.confirm.mutate(undefined, {
                  onSettled: () => {
                    setConfirming(null);
                  },
                });
              }}
            >
              {t('pairing.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
