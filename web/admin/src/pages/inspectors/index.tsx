// 执法检查人员名录库: the inspector directory, paginated on the server, with bulk import.
import { ImportOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import ImportDrawer from '../../components/import-drawer.tsx';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useAccess } from '../../current-user.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { InspectorQuery, InspectorSummary } from '../../services/types.ts';
import { inspectorColumns } from './components/inspector-columns.tsx';
import InspectorFilters, { INSPECTOR_FILTER_KEYS } from './components/inspector-filters.tsx';
import { fetchInspectors, INSPECTOR_IMPORT_URL, INSPECTOR_TEMPLATE_URL } from './service.ts';

export default function InspectorListPage() {
  const { t } = useI18n();
  const access = useAccess();
  const [importOpen, setImportOpen] = useState(false);
  const { filters, page, pageSize, setFilters, setPage } = useListParams(INSPECTOR_FILTER_KEYS);
  const query: InspectorQuery = {
    q: filters.q,
    regionCode: filters.regionCode,
    level: oneOf(filters.level, ['city', 'district', 'station'] as const),
    status: oneOf(filters.status, ['active', 'transferred', 'retired'] as const),
    page,
    pageSize,
  };
  const queryKey = JSON.stringify(query);
  const { data, loading, reload } = useRequest(() => fetchInspectors(query), [queryKey]);
  const columns = useMemo(() => inspectorColumns(t), [t]);

  return (
    <PageContainer
      title={t('menu.inspectors')}
      subTitle={t('inspectors.subtitle')}
      extra={
        access.canEditDirectory && (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
            {t('import.button')}
          </Button>
        )
      }
    >
      <Card size="small">
        <InspectorFilters value={filters} onChange={setFilters} />
        <ListTable<InspectorSummary>
          data={data?.rows}
          loading={loading}
          columns={columns}
          emptyText={t('inspectors.empty')}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            onChange: setPage,
          }}
        />
      </Card>
      <ImportDrawer
        open={importOpen}
        title={t('inspectors.importTitle')}
        templateUrl={INSPECTOR_TEMPLATE_URL}
        importUrl={INSPECTOR_IMPORT_URL}
        onClose={() => setImportOpen(false)}
        onImported={reload}
      />
    </PageContainer>
  );
}
