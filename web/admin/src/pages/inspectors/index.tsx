// 执法检查人员名录库: the inspector directory, paginated on the server, with bulk import.
import { useMemo } from 'react';
import DirectoryListPage from '../../components/directory-list-page.tsx';
import { oneOf, useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { InspectorQuery, InspectorSummary } from '../../services/types.ts';
import { inspectorColumns } from './components/inspector-columns.tsx';
import InspectorFilters, { INSPECTOR_FILTER_KEYS } from './components/inspector-filters.tsx';
import { fetchInspectors, INSPECTOR_IMPORT_URL, INSPECTOR_TEMPLATE_URL } from './service.ts';

export default function InspectorListPage() {
  const { t } = useI18n();
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
    <DirectoryListPage<InspectorSummary>
      title={t('menu.inspectors')}
      subTitle={t('inspectors.subtitle')}
      filters={<InspectorFilters value={filters} onChange={setFilters} />}
      columns={columns}
      list={{ data, loading }}
      page={page}
      pageSize={pageSize}
      onPage={setPage}
      emptyText={t('inspectors.empty')}
      importer={{
        title: t('inspectors.importTitle'),
        templateUrl: INSPECTOR_TEMPLATE_URL,
        importUrl: INSPECTOR_IMPORT_URL,
      }}
      onImported={reload}
      exporter={{ path: '/api/admin/inspectors/export', query: { ...query } }}
    />
  );
}
