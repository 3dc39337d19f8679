import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The "Pairing" tab of a round.
 * TODO(pairing): embed `<PairingPanel roundId={roundId} />` from `../pairing/PairingPanel` once the
 * pairing area ships it; until then HR pairs through the pairing feature and confirms here.
 */
export function PairingTab({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('rounds.pairing.pendingTitle')} data-round={roundId}>
      {t('rounds.pairing.pendingBody')}
    </Alert>
  );
}
