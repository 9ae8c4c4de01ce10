// The draws of a task: at most one live or confirmed; aborted ones stay listed with their reason (R-N.6).
import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { DrawStatusTag } from '../../../../components/draw-tags.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { DrawSummary } from '../../../../services/types.ts';
import { formatDateTime } from '../../../../utils/format.ts';

export default function DrawsCard({ draws }: { readonly draws: readonly DrawSummary[] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('task.draws')}>
      <Table<DrawSummary>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...draws]}
        locale={{ emptyText: t('task.noDraws') }}
        columns={[
          {
            title: t('draw.drawId'),
            dataIndex: 'drawId',
            render: (drawId: string, draw) => <Link to={`/draws/${draw.id}`}>{drawId}</Link>,
          },
          { title: t('draw.suite'), dataIndex: 'suite', width: 150 },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 110,
            render: (_: unknown, d) => <DrawStatusTag status={d.status} />,
          },
          {
            title: t('draw.createdAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (at: string) => formatDateTime(at, 'minute'),
          },
          {
            title: t('draw.abortReason'),
            dataIndex: 'abortReason',
            render: (reason: string | null) =>
              reason ? <Typography.Text type="danger">{reason}</Typography.Text> : '—',
          },
        ]}
      />
    </Card>
  );
}
