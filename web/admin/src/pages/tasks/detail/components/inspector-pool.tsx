// The frozen inspector pool with exclusion codes, and the conflicts that bar pairings (R-N.4, R-N.5).
import { Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRequest } from '../../../../hooks/use-request.ts';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { InspectorPoolRow } from '../../../../services/types.ts';
import { INSPECTOR_EXCLUSIONS, inspectorExclusionKey } from '../../components/exclusion-labels.ts';
import { fetchInspectorPool } from '../../service.ts';

export default function InspectorPool({ taskId }: { readonly taskId: string }) {
  const { t } = useI18n();
  const [exclusion, setExclusion] = useState<number>();
  const { data, loading } = useRequest(() => fetchInspectorPool(taskId), [taskId]);
  const rows = (data?.inspectors ?? []).filter(
    (row) => exclusion === undefined || row.exclusion === exclusion,
  );
  return (
    <>
      <Select<number>
        allowClear
        placeholder={t('task.filterExclusion')}
        value={exclusion}
        onChange={setExclusion}
        style={{ width: 220, marginBottom: 12 }}
        options={INSPECTOR_EXCLUSIONS.map((code) => ({
          value: code,
          label: `${code} ${t(inspectorExclusionKey(code))}`,
        }))}
      />
      <Table<InspectorPoolRow>
        size="small"
        bordered
        rowKey="inspectorId"
        loading={loading}
        dataSource={rows}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          { title: t('inspector.name'), dataIndex: 'name', width: 120 },
          { title: t('inspector.badgeNumber'), dataIndex: 'badgeNumber', width: 110 },
          { title: t('task.pool'), dataIndex: 'pool', width: 110 },
          {
            title: t('task.exclusion'),
            dataIndex: 'exclusion',
            width: 190,
            render: (code: number) => (
              <Tag color={code === 0 ? 'green' : 'red'}>
                {code} {t(inspectorExclusionKey(code))}
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
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('task.conflicts', { count: data?.conflicts.length ?? 0 })}
      </Typography.Paragraph>
    </>
  );
}
