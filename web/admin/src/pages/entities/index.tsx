// 市场主体名录库: the entity directory, paginated on the server, with bulk import.
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
import type { EntityQuery, EntitySummary } from '../../services/types.ts';
import { entityColumns } from './components/entity-columns.tsx';
import EntityFilters, { ENTITY_FILTER_KEYS } from './components/entity-filters.tsx';
import { ENTITY_IMPORT_URL, ENTITY_TEMPLATE_URL, fetchEntities } from './service.ts';

export default function EntityListPage() {
  const { t } = useI18n();
  const access = useAccess();
  const [importOpen, setImportOpen] = useState(false);
  const { filters, page, pageSize, setFilters, setPage } = useListParams(ENTITY_FILTER_KEYS);
  const query: EntityQuery = {
    q: filters.q,
    regionCode: filters.regionCode,
    industry: filters.industry,
    riskClass: oneOf(filters.riskClass, ['A', 'B', 'C', 'D'] as const),
    status: oneOf(filters.status, ['active', 'deregistered'] as const),
    page,
    pageSize,
  };
  const queryKey = JSON.stringify(query);
  const { data, loading, reload } = useRequest(() => fetchEntities(query), [queryKey]);
  const columns = useMemo(() => entityColumns(t), [t]);

  return (
    <PageContainer
      title={t('menu.entities')}
      subTitle={t('entities.subtitle')}
      extra={
        access.canEditDirectory && (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
            {t('import.button')}
          </Button>
        )
      }
    >
      <Card size="small">
        <EntityFilters value={filters} onChange={setFilters} />
        <ListTable<EntitySummary>
          data={data?.rows}
          loading={loading}
          columns={columns}
          emptyText={t('entities.empty')}
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
        title={t('entities.importTitle')}
        templateUrl={ENTITY_TEMPLATE_URL}
        importUrl={ENTITY_IMPORT_URL}
        onClose={() => setImportOpen(false)}
        onImported={reload}
      />
    </PageContainer>
  );
}
