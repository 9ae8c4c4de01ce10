// Tags of the review flow (R-N.8) and of the publication clock (R-N.9), shared by the issue-5 pages.
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { RecordStatus, ReviewStatus } from '../../../services/types.ts';

const REVIEW_COLORS: Readonly<Record<ReviewStatus, string>> = {
  'not-entered': 'default',
  'awaiting-review': 'blue',
  returned: 'orange',
  rejected: 'red',
  approved: 'cyan',
  published: 'green',
};

export function ReviewStatusTag({ status }: { readonly status: ReviewStatus }) {
  const { t } = useI18n();
  return <Tag color={REVIEW_COLORS[status]}>{t(`review.status.${status}`)}</Tag>;
}

export function RecordStatusTag({ status }: { readonly status: RecordStatus }) {
  const { t } = useI18n();
  return <Tag color={status === 'submitted' ? 'green' : 'gold'}>{t(`record.status.${status}`)}</Tag>;
}

/** 已逾期: approved more than 20 working days ago and still not published. */
export function OverdueTag({ overdue }: { readonly overdue: boolean }) {
  const { t } = useI18n();
  return overdue ? <Tag color="red">{t('review.overdue')}</Tag> : null;
}

/** 暂定: counted on weekends alone through a year whose holidays are not entered yet; fixed when they are. */
export function ProvisionalTag({ provisional }: { readonly provisional: boolean }) {
  const { t } = useI18n();
  return provisional ? (
    <Tooltip title={t('review.provisionalHelp')}>
      <Tag color="gold" data-testid="deadline-provisional">
        {t('review.provisional')}
      </Tag>
    </Tooltip>
  ) : null;
}
