// 全程留痕: the append-only audit log; each event carries the digest that chains it to the previous one.
import { Card, Form, Input, Select, Typography } from 'antd';
import { Link } from 'react-router';
import FilterBar from '../../components/filter-bar.tsx';
import ExportButton from '../../components/export-button.tsx';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { AuditEvent, AuditQuery } from '../../services/types.ts';
import { formatDateTime } from '../../utils/format.ts';
import { fetchAudit } from './service.ts';
import DigestCell from './components/digest-cell.tsx';

const AUDIT_FILTER_KEYS = ['objectType', 'objectId'] as const;

/** The kinds of object the log records, offered by name in the filter. */
const OBJECT_TYPES = [
  'item',
  'entity',
  'inspector',
  'plan',
  'task',
  'draw',
  'inspection',
  'follow-up',
  'import',
  'user',
  'calendar-year',
] as const;

/** Objects that have a page of their own in this app. */
const objectPages: Readonly<Record<string, string>> = {
  item: '/items',
  entity: '/entities',
  inspector: '/inspectors',
};

export default function AuditPage() {
  const { t, tOr } = useI18n();
  const { filters, page, pageSize, setFilters, setPage } = useListParams(AUDIT_FILTER_KEYS, 50);
  const query: AuditQuery = { objectType: filters.objectType, objectId: filters.objectId, page, pageSize };
  const { data, loading } = useRequest(() => fetchAudit(query), [JSON.stringify(query)]);

  return (
    <PageContainer
      title={t('menu.audit')}
      subTitle={t('audit.subtitle')}
      extra={<ExportButton path="/api/admin/audit/export" query={{ ...query }} />}
    >
      <Card size="small">
        <FilterBar keys={AUDIT_FILTER_KEYS} value={filters} onChange={setFilters}>
          <Form.Item name="objectType">
            <Select
              allowClear
              placeholder={t('audit.objectType')}
              style={{ width: 180 }}
              options={OBJECT_TYPES.map((type) => ({ value: type, label: tOr(`objectType.${type}`, type) }))}
            />
          </Form.Item>
          <Form.Item name="objectId">
            <Input allowClear placeholder={t('audit.objectId')} style={{ width: 280 }} />
          </Form.Item>
        </FilterBar>
        <ListTable<AuditEvent>
          rowKey="seq"
          data={data?.rows}
          loading={loading}
          emptyText={t('audit.empty')}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            onChange: setPage,
          }}
          columns={[
            // On a phone the time stays on the left and the object, with its link, comes next.
            {
              title: t('audit.seq'),
              dataIndex: 'seq',
              width: 80,
              align: 'right',
              fixed: 'left',
              responsive: ['sm'],
            },
            {
              title: t('audit.at'),
              dataIndex: 'at',
              width: 170,
              fixed: 'left',
              render: (at: string) => formatDateTime(at),
            },
            {
              title: t('audit.object'),
              key: 'object',
              render: (_: unknown, event) => {
                const base = objectPages[event.objectType];
                const id = (
                  <Typography.Text code style={{ fontSize: 12 }}>
                    {event.objectId}
                  </Typography.Text>
                );
                return (
                  <span>
                    {tOr(`objectType.${event.objectType}`, event.objectType)}{' '}
                    {base ? <Link to={`${base}/${event.objectId}`}>{id}</Link> : id}
                  </span>
                );
              },
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 200,
              // The code stays at hand for whoever searches the log, but out of the visible text.
              render: (action: string) => <span title={action}>{tOr(`action.${action}`, action)}</span>,
            },
            {
              title: t('audit.actor'),
              dataIndex: 'actorName',
              width: 150,
              ellipsis: true,
              responsive: ['md'],
            },
            {
              title: t('audit.digest'),
              dataIndex: 'digest',
              width: 230,
              responsive: ['md'],
              render: (digest: string) => <DigestCell digest={digest} />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
