// R-N.9: warns system administrators that a year of the working-day calendar should be entered now.
import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../locales/use-i18n.ts';

export default function CalendarDueAlert({
  year,
  action,
}: {
  readonly year: number | undefined;
  readonly action?: ReactNode;
}) {
  const { t } = useI18n();
  if (year === undefined) return null;
  return (
    <Alert
      data-testid="calendar-due"
      type="warning"
      showIcon
      title={t('calendar.due.title', { year })}
      description={t('calendar.due.description', { year })}
      action={action}
      style={{ marginBottom: 16 }}
    />
  );
}
