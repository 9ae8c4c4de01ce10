// 导出: the list as Excel or CSV, with the filter the page shows now (never only the current page).
import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../download.ts';
import { useI18n } from '../locales/use-i18n.ts';
import type { QueryValue } from '../request.ts';

interface ExportButtonProps {
  /** The list's export route, e.g. `/api/admin/entities/export`. */
  readonly path: string;
  /** The page's current filter; paging is dropped, the export takes every matching row. */
  readonly query?: Readonly<Record<string, QueryValue>>;
}

export default function ExportButton({ path, query = {} }: ExportButtonProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'xlsx' | 'csv') => {
    const { page: _page, pageSize: _size, ...filter } = query;
    setBusy(true);
    try {
      await downloadFile(path, { ...filter, format }, `export.${format}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'xlsx', label: t('export.xlsx') },
          { key: 'csv', label: t('export.csv') },
        ],
        onClick: ({ key }) => void run(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<ExportOutlined />} loading={busy}>
        {t('export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
