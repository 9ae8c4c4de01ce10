// The frozen pool per stratum: eligible, excluded and the quota the plan's rate gives (R-N.1).
import { Card, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { PlanDetail, TaskDetail } from '../../../../services/types.ts';
import { groupOf, quotaOf } from '../../components/exclusion-labels.ts';

interface StrataCardProps {
  readonly task: TaskDetail;
  readonly plan: PlanDetail | undefined;
  readonly onPick: (stratum: string) => void;
}

export default function StrataCard({ task, plan, onPick }: StrataCardProps) {
  const { t } = useI18n();
  const rateOf = (stratum: string) => plan?.rates.find((rate) => rate.group === groupOf(stratum))?.percent;
  const rows = task.strata.map((row) => ({
    ...row,
    percent: rateOf(row.stratum),
    quota: quotaOf(row.eligible, rateOf(row.stratum)),
  }));
  const total = rows.reduce((sum, row) => sum + (row.quota ?? 0), 0);
  return (
    <Card
      size="small"
      title={t('task.strata')}
      extra={<Typography.Text type="secondary">{t('task.quotaTotal', { total })}</Typography.Text>}
    >
      <Table
        size="small"
        rowKey="stratum"
        pagination={false}
        dataSource={rows}
        className="strata-table"
        columns={[
          {
            title: t('task.stratum'),
            dataIndex: 'stratum',
            render: (stratum: string) => (
              <Typography.Link onClick={() => onPick(stratum)}>
                <Tag>{stratum}</Tag>
              </Typography.Link>
            ),
          },
          { title: t('task.eligible'), dataIndex: 'eligible', align: 'right' },
          { title: t('task.excluded'), dataIndex: 'excluded', align: 'right' },
          {
            title: t('task.rate'),
            dataIndex: 'percent',
            align: 'right',
            render: (percent: number | undefined) => (percent === undefined ? '—' : `${percent}%`),
          },
          {
            title: t('task.quota'),
            dataIndex: 'quota',
            align: 'right',
            render: (quota: number | undefined) => <strong>{quota ?? '—'}</strong>,
          },
        ]}
      />
    </Card>
  );
}
