import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';

/** The participants page (placeholder until its feature lands). */
export function ParticipantsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('nav.participants')}
      description={t('comingSoon.participants')}
      badge={t('comingSoon.badge')}
      icon={<IconUsers size={20} stroke={1.6} />}
    />
  );
}
