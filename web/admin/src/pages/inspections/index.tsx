// 检查登记: the confirmed draws to inspect, and the inspection records of the caller's jurisdiction.
import { Card, Tabs, Tag } from 'antd';
import { Link } from 'react-router';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import ScopeTag from '../../components/scope-tag.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { InspectionSummary } from '../../services/types.ts';
import { formatDateTime } from '../../utils/format.ts';
import { fetchDrawList, type DrawListRow } from '../draws/service.ts';
import { OverdueTag, RecordStatusTag, ReviewStatusTag } from '../reports/components/review-tags.tsx';
import { fetchInspections } from './service.ts';

function ConfirmedDraws() {
  const { t } = useI18n();
  const { data, loading } = useRequest(() => fetchDrawList({ status: 'confirmed' }), []);
  return (
    <ListTable<DrawListRow>
      data={data}
      loading={loading}
      emptyText={t('inspections.noDraws')}
      pagination={{ hideOnSinglePage: true }}
      columns={[
        {
          title: t('task.code'),
          fixed: 'left',
          render: (_: unknown, d) => <Link to={`/inspections/draws/${d.id}`}>{d.taskCode}</Link>,
        },
        { title: t('task.drawDate'), width: 110, render: (_: unknown, d) => d.drawDate },
        { title: t('draw.drawId'), dataIndex: 'drawId', width: 220, responsive: ['md'] },
        {
          title: t('draw.confirmedAt'),
          dataIndex: 'confirmedAt',
          width: 150,
          responsive: ['sm'],
          render: (at: string | null) => formatDateTime(at, 'minute'),
        },
      ]}
    />
  );
}

function Records() {
  const { t } = useI18n();
  const { filters, page, pageSize, setPage, setFilters } = useListParams([
    'status',
    'unitId',
    'year',
  ] as const);
  const status = oneOf(filters.status, ['draft', 'submitted'] as const);
  // From the dashboard: its unit and year (the year of the check).
  const unitId = filters.unitId;
  const checkedYear = Number(filters.year) || undefined;
  const { data, loading } = useRequest(
    () => fetchInspections({ status, unitId, checkedYear, page, pageSize }),
    [status, unitId, checkedYear, page, pageSize],
  );
  return (
    <ListTable<InspectionSummary>
      toolbar={
        unitId || checkedYear ? (
          <ScopeTag
            unitId={unitId}
            year={filters.year}
            onClear={() => setFilters({ ...filters, unitId: undefined, year: undefined })}
          />
        ) : undefined
      }
      data={data?.rows}
      loading={loading}
      emptyText={t('inspections.noRecords')}
      pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage }}
      columns={[
        {
          title: t('record.entity'),
          fixed: 'left',
          render: (_: unknown, r) => <Link to={`/inspections/${r.id}`}>{r.entity.name}</Link>,
        },
        { title: t('record.item'), width: 130, responsive: ['sm'], render: (_: unknown, r) => r.item.code },
        {
          title: t('record.basis'),
          width: 120,
          responsive: ['md'],
          render: (_: unknown, r) => (r.basis === 'random' ? r.taskCode : <Tag>{t('record.targeted')}</Tag>),
        },
        { title: t('record.checkedOn'), dataIndex: 'checkedOn', width: 110 },
        {
          title: t('common.status'),
          width: 220,
          render: (_: unknown, r) => (
            <>
              <RecordStatusTag status={r.status} />
              <ReviewStatusTag status={r.review.status} />
              <OverdueTag overdue={r.review.overdue} />
            </>
          ),
        },
        {
          title: t('common.updatedAt'),
          dataIndex: 'updatedAt',
          width: 150,
          responsive: ['md'],
          render: (at: string) => formatDateTime(at, 'minute'),
        },
      ]}
    />
  );
}

export default function InspectionListPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('menu.inspections')} subTitle={t('inspections.subtitle')}>
      <Card size="small">
        <Tabs
          items={[
            { key: 'draws', label: t('inspections.tab.draws'), children: <ConfirmedDraws /> },
            { key: 'records', label: t('inspections.tab.records'), children: <Records /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
