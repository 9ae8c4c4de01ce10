// 抽查任务: one round of one plan each, with its frozen pools.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag } from 'antd';
import { Link } from 'react-router';
import { TaskStatusTag } from '../../components/draw-tags.tsx';
import ExportButton from '../../components/export-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import ScopeTag from '../../components/scope-tag.tsx';
import { useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { TaskStatus, TaskSummary } from '../../services/types.ts';
import { formatDateTime } from '../../utils/format.ts';
import { fetchTasks } from './service.ts';

export default function TaskListPage() {
  const { t } = useI18n();
  // ?planId= narrows the list to one plan's tasks (the dashboard's drill-down, R-27.1).
  const { filters, setFilters } = useListParams(['planId', 'unitId', 'year'] as const);
  const query = { planId: filters.planId, unitId: filters.unitId, year: Number(filters.year) || undefined };
  const { data, loading, reload } = useRequest(
    () => fetchTasks(query),
    [query.planId, query.unitId, query.year],
  );

  return (
    <PageContainer
      title={t('menu.tasks')}
      subTitle={t('tasks.subtitle')}
      extra={<ExportButton path="/api/admin/tasks/export" query={query} />}
    >
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <ScopeTag
            unitId={filters.unitId}
            year={filters.year}
            onClear={() => setFilters({ ...filters, unitId: undefined, year: undefined })}
          />
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('common.refresh')}
          </Button>
          {filters.planId && (
            <Tag closable onClose={() => setFilters({ ...filters, planId: undefined })}>
              {t('tasks.planFilter', { code: data?.[0]?.planCode ?? '' })}
            </Tag>
          )}
        </Flex>
        <ListTable<TaskSummary>
          data={data}
          loading={loading}
          emptyText={t('tasks.empty')}
          pagination={{ hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('task.code'),
              dataIndex: 'code',
              width: 190,
              render: (code: string, task) => <Link to={`/tasks/${task.id}`}>{code}</Link>,
            },
            {
              title: t('task.plan'),
              dataIndex: 'planCode',
              width: 150,
              render: (code: string, task) => <Link to={`/plans/${task.planId}`}>{code}</Link>,
            },
            { title: t('task.round'), dataIndex: 'round', width: 70, align: 'center' },
            { title: t('task.drawDate'), dataIndex: 'drawDate', width: 110 },
            { title: t('task.poolSize'), dataIndex: 'poolSize', width: 100, align: 'right' },
            { title: t('task.eligible'), dataIndex: 'eligible', width: 100, align: 'right' },
            {
              title: t('task.inspectorsEligible'),
              width: 130,
              align: 'right',
              render: (_: unknown, task) => `${task.eligibleInspectors} / ${task.inspectors}`,
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 100,
              render: (status: TaskStatus) => <TaskStatusTag status={status} />,
            },
            {
              title: t('task.createdAt'),
              dataIndex: 'createdAt',
              width: 150,
              render: (at: string) => formatDateTime(at, 'minute'),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
