// The page of a directory (名录库): filters, a server-paginated list and the bulk import drawer.
import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import { useState, type ReactNode } from 'react';
import { useAccess } from '../current-user.tsx';
import { useI18n } from '../locales/use-i18n.ts';
import type { QueryValue } from '../request.ts';
import ExportButton from './export-button.tsx';
import ImportDrawer from './import-drawer.tsx';
import { ListTable } from './list-table.tsx';
import PageContainer from './page-container.tsx';

interface DirectoryListPageProps<T> {
  readonly title: string;
  readonly subTitle: string;
  readonly filters: ReactNode;
  readonly columns: ColumnsType<T>;
  readonly list: { readonly data?: { rows: readonly T[]; total: number }; readonly loading: boolean };
  readonly page: number;
  readonly pageSize: number;
  readonly onPage: (page: number, pageSize: number) => void;
  readonly emptyText: string;
  readonly importer: { readonly title: string; readonly templateUrl: string; readonly importUrl: string };
  readonly onImported: () => void;
  /** The list's export route and the filter shown now (导出 Excel / CSV). */
  readonly exporter: { readonly path: string; readonly query: Readonly<Record<string, QueryValue>> };
}

export default function DirectoryListPage<T extends object>(p: DirectoryListPageProps<T>) {
  const { t } = useI18n();
  const access = useAccess();
  const [importOpen, setImportOpen] = useState(false);
  return (
    <PageContainer
      title={p.title}
      subTitle={p.subTitle}
      extra={
        <Space>
          <ExportButton path={p.exporter.path} query={p.exporter.query} />
          {access.canEditDirectory && (
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
              {t('import.button')}
            </Button>
          )}
        </Space>
      }
    >
      <Card size="small">
        {p.filters}
        <ListTable<T>
          data={p.list.data?.rows}
          loading={p.list.loading}
          columns={p.columns}
          emptyText={p.emptyText}
          pagination={{
            current: p.page,
            pageSize: p.pageSize,
            total: p.list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            onChange: p.onPage,
          }}
        />
      </Card>
      <ImportDrawer
        open={importOpen}
        title={p.importer.title}
        templateUrl={p.importer.templateUrl}
        importUrl={p.importer.importUrl}
        onClose={() => setImportOpen(false)}
        onImported={p.onImported}
      />
    </PageContainer>
  );
}
