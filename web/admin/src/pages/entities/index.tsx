// 市场主体名录库: the entity directory, paginated on the server, with bulk import.
import { useMemo } from 'react';
import DirectoryListPage from '../../components/directory-list-page.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { EntityQuery, EntitySummary } from '../../services/types.ts';
import { entityColumns } from './components/entity-columns.tsx';
import EntityFilters, { ENTITY_FILTER_KEYS } from './components/entity-filters.tsx';
import { ENTITY_IMPORT_URL, ENTITY_TEMPLATE_URL, fetchEntities } from './service.ts';

export default function EntityListPage() {
  const { t } = useI18n();
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
    <DirectoryListPage<EntitySummary>
      title={t('menu.entities')}
      subTitle={t('entities.subtitle')}
      filters={<EntityFilters value={filters} onChange={setFilters} />}
      columns={columns}
      list={{ data, loading }}
      page={page}
      pageSize={pageSize}
      onPage={setPage}
      emptyText={t('entities.empty')}
      importer={{
        title: t('entities.importTitle'),
        templateUrl: ENTITY_TEMPLATE_URL,
        importUrl: ENTITY_IMPORT_URL,
      }}
      onImported={reload}
      exporter={{ path: '/api/admin/entities/export', query: { ...query } }}
    />
  );
}
