// 随机抽取: every draw the caller may read, newest first; each opens its ceremony screen.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { DrawStatusTag } from '../../components/draw-tags.tsx';
import ExportButton from '../../components/export-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import { formatDateTime } from '../../utils/format.ts';
import { fetchDrawList, type DrawListRow } from './service.ts';

export default function DrawListPage() {
  const { t } = useI18n();
  const { data, loading, reload } = useRequest(fetchDrawList, []);
  return (
    <PageContainer
      title={t('menu.draws')}
      subTitle={t('draws.subtitle')}
      extra={<ExportButton path="/api/admin/draws/export" />}
    >
      <Card size="small">
        <ListTable<DrawListRow>
          data={data}
          loading={loading}
          emptyText={t('draws.empty')}
          pagination={{ hideOnSinglePage: true }}
          toolbar={
            <>
              <Button icon={<ReloadOutlined />} onClick={reload}>
                {t('common.refresh')}
              </Button>
              <Typography.Text type="secondary">{t('draws.howToStart')}</Typography.Text>
            </>
          }
          columns={[
            {
              title: t('draw.drawId'),
              dataIndex: 'drawId',
              fixed: 'left',
              render: (drawId: string, d) => <Link to={`/draws/${d.id}`}>{drawId}</Link>,
            },
            {
              title: t('task.code'),
              width: 190,
              responsive: ['sm'],
              render: (_: unknown, d) => <Link to={`/tasks/${d.taskId}`}>{d.taskCode}</Link>,
            },
            { title: t('task.drawDate'), width: 110, render: (_: unknown, d) => d.drawDate },
            { title: t('draw.suite'), dataIndex: 'suite', width: 150, responsive: ['lg'] },
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
              responsive: ['md'],
              render: (at: string) => formatDateTime(at, 'minute'),
            },
            {
              title: t('draw.confirmedAt'),
              dataIndex: 'confirmedAt',
              width: 150,
              responsive: ['md'],
              render: (at: string | null) => formatDateTime(at, 'minute'),
            },
            {
              title: t('draw.abortReason'),
              dataIndex: 'abortReason',
              width: 200,
              ellipsis: true,
              responsive: ['md'],
              render: (r: string | null) => r ?? '—',
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
