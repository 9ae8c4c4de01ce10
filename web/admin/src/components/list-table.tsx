import { Empty, Table } from 'antd';
import type { TableProps } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table/index.js';
import { useI18n } from '../locales/use-i18n.ts';

type ListTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'locale'> & {
  /** Undefined while loading. */
  readonly data: readonly T[] | undefined;
  readonly emptyText: string;
  /** Added to the dense defaults: 20 rows, the total shown. */
  readonly pagination?: TablePaginationConfig;
};

/** The dense, bordered list table every list page uses (client-side pages, an empty state, the total). */
export function ListTable<T extends object>({ data, emptyText, pagination, ...rest }: ListTableProps<T>) {
  const { t } = useI18n();
  return (
    <Table<T>
      size="small"
      bordered
      rowKey="id"
      dataSource={data ? [...data] : []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }), ...pagination }}
      {...rest}
    />
  );
}
