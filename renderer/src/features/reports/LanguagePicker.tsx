import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '@shared/ipc/domains/reports.contract';

/** Language picker for a document (independent of the app's language: the board may read English). */
export function LanguagePicker({
  value,
  onChange,
}: {
  value: ReportLanguage;
  onChange: (value: ReportLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('reports.languageLabel')}
      value={value}
      onChange={(next) => {
        onChange(next === 'en' ? 'en' : 'de');
      }}
      data={[
        { value: 'de', label: t('reports.language.de') },
        { value: 'en', label: t('reports.language.en') },
      ]}
    />
  );
}
