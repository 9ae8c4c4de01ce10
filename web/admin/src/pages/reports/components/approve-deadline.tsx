// R-N.9: before approving, the leader sees the publication deadline the approval will set, 暂定 or not.
import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { fetchDeadline } from '../../calendar/service.ts';

export default function ApproveDeadline() {
  const { t } = useI18n();
  const { data } = useRequest(() => fetchDeadline(dayjs().format('YYYY-MM-DD')), []);
  if (!data) return null;
  return (
    <Alert
      data-testid="approve-deadline"
      type={data.provisional ? 'warning' : 'info'}
      showIcon
      title={t('review.deadlinePreview', { deadline: data.deadline })}
      description={
        data.provisional && t('calendar.deadline.provisional', { years: data.missingYears.join('、') })
      }
    />
  );
}
