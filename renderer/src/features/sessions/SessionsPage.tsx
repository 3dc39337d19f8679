import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';

/** The sessions page (placeholder until its feature lands). */
export function SessionsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t('nav.sessions')}
      description={t('comingSoon.sessions')}
      badge={t('comingSoon.badge')}
      icon={<IconCalendarEvent size={20} stroke={1.6} />}
    />
  );
}
