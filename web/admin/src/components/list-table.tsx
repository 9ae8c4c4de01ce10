import { Empty, Flex, Grid, Table } from 'antd';
import type { TableProps } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table/index.js';
import type { ReactNode } from 'react';
import { useI18n } from '../locales/use-i18n.ts';

type ListTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'locale'> & {
  /** Undefined while loading. */
  readonly data: readonly T[] | undefined;
  readonly emptyText: string;
  /** Added to the dense defaults: 20 rows, the total shown; false for a short list shown whole. */
  readonly pagination?: TablePaginationConfig | false;
  /** Filters and actions above the table; they wrap on a narrow screen. */
  readonly toolbar?: ReactNode;
};

/** The row of filters and actions above a list; it wraps rather than widening the page on a phone. */
export function ListToolbar({ children }: { readonly children: ReactNode }) {
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      {children}
    </Flex>
  );
}

/**
 * The dense, bordered list table every list page uses (client- or server-side pages, an empty state,
 * the total). It scrolls sideways inside itself, so a phone never gets a page wider than its screen.
 */
export function ListTable<T extends object>({
  data,
  emptyText,
  pagination,
  toolbar,
  scroll,
  ...rest
}: ListTableProps<T>) {
  const { t } = useI18n();
  // Below 576 px the pager is the simple "‹ 1 / 5 ›" one, without the page-size picker.
  const screens = Grid.useBreakpoint();
  const phone = screens.xs === true && !screens.sm;
  const table = (
    <Table<T>
      size="small"
      bordered
      rowKey="id"
      // On a phone a table is as wide as its content, whatever width it asks for on a desk.
      scroll={{ ...scroll, x: phone ? 'max-content' : (scroll?.x ?? 'max-content') }}
      dataSource={data ? [...data] : []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={
        pagination === false
          ? false
          : {
              pageSize: 20,
              size: 'small',
              showTotal: (total) => t('common.total', { total }),
              ...pagination,
              ...(phone ? { simple: true, showSizeChanger: false } : {}),
            }
      }
      {...rest}
    />
  );
  if (toolbar === undefined) return table;
  return (
    <>
      <ListToolbar>{toolbar}</ListToolbar>
      {table}
    </>
  );
}
