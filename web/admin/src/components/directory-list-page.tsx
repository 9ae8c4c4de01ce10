// The page of a directory (名录库): filters, a server-paginated list and the bulk import drawer.
import { ImportOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import { useState, type ReactNode } from 'react';
import { useAccess } from '../current-user.tsx';
import { useI18n } from '../locales/use-i18n.ts';
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
        access.canEditDirectory && (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
            {t('import.button')}
          </Button>
        )
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
