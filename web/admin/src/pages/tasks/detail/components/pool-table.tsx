// The frozen entity pool, paginated on the server, filterable by exclusion code, stratum and name.
import { Input, Select, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { useRequest } from '../../../../hooks/use-request.ts';
import type { PoolRow, TaskDetail } from '../../../../services/types.ts';
import { ENTITY_EXCLUSIONS, entityExclusionKey } from '../../components/exclusion-labels.ts';
import { fetchPool } from '../../service.ts';

export interface PoolFilter {
  readonly exclusion?: number;
  readonly stratum?: string;
  readonly q?: string;
  readonly page: number;
  readonly pageSize: number;
}

interface PoolTableProps {
  readonly task: TaskDetail;
  readonly filter: PoolFilter;
  readonly onChange: (filter: PoolFilter) => void;
}

export default function PoolTable({ task, filter, onChange }: PoolTableProps) {
  const { t } = useI18n();
  const { data, loading } = useRequest(() => fetchPool(task.id, filter), [task.id, JSON.stringify(filter)]);
  const set = (patch: Partial<PoolFilter>) => onChange({ ...filter, page: 1, ...patch });
  return (
    <>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Select<number>
          allowClear
          placeholder={t('task.filterExclusion')}
          value={filter.exclusion}
          onChange={(exclusion) => set({ exclusion })}
          style={{ width: 220 }}
          className="pool-exclusion-filter"
          options={ENTITY_EXCLUSIONS.map((code) => ({
            value: code,
            label: `${code} ${t(entityExclusionKey(code))}`,
          }))}
        />
        <Select<string>
          allowClear
          placeholder={t('task.filterStratum')}
          value={filter.stratum}
          onChange={(stratum) => set({ stratum })}
          style={{ width: 180 }}
          options={task.strata.map((row) => ({ value: row.stratum, label: row.stratum }))}
        />
        <Input.Search
          allowClear
          placeholder={t('task.searchPool')}
          defaultValue={filter.q}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 240 }}
        />
      </div>
      <Table<PoolRow>
        size="small"
        bordered
        rowKey="entityId"
        loading={loading}
        dataSource={data ? [...data.rows] : []}
        className="pool-table"
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => onChange({ ...filter, page, pageSize }),
        }}
        columns={[
          { title: t('entity.name'), dataIndex: 'name', ellipsis: true },
          {
            title: t('task.publicId'),
            dataIndex: 'publicId',
            width: 190,
            render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
          },
          {
            title: t('task.stratum'),
            dataIndex: 'stratum',
            width: 130,
            render: (s: string) => <Tag>{s}</Tag>,
          },
          {
            title: t('task.exclusion'),
            dataIndex: 'exclusion',
            width: 190,
            render: (code: number) => (
              <Tag color={code === 0 ? 'green' : 'red'}>
                {code} {t(entityExclusionKey(code))}
              </Tag>
            ),
          },
          {
            title: t('task.reason'),
            dataIndex: 'reason',
            ellipsis: true,
            render: (r: string | null) => r ?? '—',
          },
        ]}
      />
    </>
  );
}
