import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '@shared/domain/rounds';

const COLORS: Record<RoundStatus, string> = { planning: 'gray', active: 'teal', closed: 'dark' };

/** The round's status as a small coloured badge. */
export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`rounds.status.${status}`)}
    </Badge>
  );
}
