// 检查结果: the latest report of every record, with the review status and the publication clock (R-N.8, R-N.9).
import { Card, Flex, Select, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import ExportButton from '../../components/export-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import ScopeTag from '../../components/scope-tag.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { ResultRow, ReviewStatus } from '../../services/types.ts';
import { resultColumns } from './components/result-columns.tsx';
import { fetchResultCodes, fetchResults } from './service.ts';

const STATUSES: readonly ReviewStatus[] = [
  'awaiting-review',
  'returned',
  'rejected',
  'approved',
  'published',
];

export default function ResultListPage() {
  const { t } = useI18n();
  const { filters, page, pageSize, setFilters, setPage } = useListParams([
    'status',
    'overdue',
    'resultCode',
    'unitId',
    'year',
  ] as const);
  const statuses = (filters.status ?? '').split(',').flatMap((s) => oneOf(s, STATUSES) ?? []);
  const status = statuses.length > 0 ? statuses.join(',') : undefined;
  const overdue = filters.overdue === 'true';
  const resultCode = filters.resultCode;
  // From the dashboard: its unit and year (the year a result was approved).
  const scope = { unitId: filters.unitId, approvedYear: Number(filters.year) || undefined };
  const { data, loading } = useRequest(
    () => fetchResults({ status, overdue: overdue || undefined, resultCode, ...scope, page, pageSize }),
    [status, overdue, resultCode, scope.unitId, scope.approvedYear, page, pageSize],
  );
  const { data: codes } = useRequest(fetchResultCodes, []);
  const columns = useMemo(() => resultColumns(t), [t]);

  return (
    <PageContainer
      title={t('menu.reports')}
      subTitle={t('reports.subtitle')}
      extra={
        <ExportButton
          path="/api/admin/reports/export"
          query={{ status, overdue: overdue || undefined, resultCode, ...scope }}
        />
      }
    >
      <Card size="small">
        <ListTable<ResultRow>
          data={data?.rows}
          loading={loading}
          emptyText={t('reports.empty')}
          rowKey="reportId"
          columns={columns}
          scroll={{ x: 1000 }}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage }}
          toolbar={
            <>
              <ScopeTag
                unitId={filters.unitId}
                year={filters.year}
                onClear={() => setFilters({ ...filters, unitId: undefined, year: undefined })}
              />
              <Select<ReviewStatus[]>
                allowClear
                placeholder={t('common.status')}
                style={{ minWidth: 160 }}
                mode="multiple"
                value={statuses}
                onChange={(value) => setFilters({ ...filters, status: value.join(',') })}
                options={STATUSES.map((s) => ({ value: s, label: t(`review.status.${s}`) }))}
              />
              <Select<string>
                allowClear
                placeholder={t('report.resultCode')}
                aria-label={t('report.resultCode')}
                style={{ minWidth: 200 }}
                value={resultCode}
                onChange={(value) => setFilters({ ...filters, resultCode: value })}
                options={(codes ?? []).map((c) => ({ value: c.code, label: c.label }))}
              />
              <Flex gap={6} align="center">
                <Switch
                  checked={overdue}
                  onChange={(on) => setFilters({ ...filters, overdue: on ? 'true' : undefined })}
                  aria-label={t('reports.overdueOnly')}
                />
                <Typography.Text>{t('reports.overdueOnly')}</Typography.Text>
              </Flex>
            </>
          }
        />
      </Card>
    </PageContainer>
  );
}
