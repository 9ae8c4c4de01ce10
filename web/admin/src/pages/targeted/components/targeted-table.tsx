// The targeted inspections the officer may read, each with the way into its inspection record.
import { CheckOutlined, DownOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid, Popconfirm, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { ListTable } from '../../../components/list-table.tsx';
import { useAccess } from '../../../current-user.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { ItemSummary } from '../../../services/types.ts';
import { formatDateTime, today } from '../../../utils/format.ts';
import { approveTargeted, type TargetedInspection } from '../service.ts';
import { useStartRecord } from './use-start-record.ts';

interface TargetedTableProps {
  readonly rows: readonly TargetedInspection[];
  readonly items: readonly ItemSummary[];
  readonly loading: boolean;
  readonly onApproved: () => void;
}

export default function TargetedTable({ rows, items, loading, onApproved }: TargetedTableProps) {
  const { t } = useI18n();
  const access = useAccess();
  const { starting, start } = useStartRecord();
  // On a phone the entity column is already pinned; pinning the actions too would leave no room to scroll.
  const phone = Grid.useBreakpoint().sm === false;
  const itemLabel = (id: string) => {
    const item = items.find((i) => i.id === id);
    return item ? `${item.code} ${item.name}` : id;
  };

  const action = (row: TargetedInspection) => {
    if (row.status === 'pending')
      return access.canApproveTargeted ? (
        <Popconfirm
          title={t('targeted.approveConfirm')}
          okText={t('targeted.approve')}
          onConfirm={() => void approveTargeted(row.id).then(onApproved)}
        >
          <Button size="small" type="primary" icon={<CheckOutlined />}>
            {t('targeted.approve')}
          </Button>
        </Popconfirm>
      ) : null;
    if (!access.canInspect) return null;
    const props = { size: 'small', icon: <FormOutlined />, loading: starting === row.id } as const;
    if (row.itemId !== null)
      return (
        <Button {...props} type="primary" onClick={() => void start(row, row.itemId!)}>
          {t('record.start')}
        </Button>
      );
    // Registered for no particular item: the officer says which item's checklist is used.
    const menu = items.map((item) => ({ key: item.id, label: `${item.code} ${item.name}` }));
    return (
      <Dropdown trigger={['click']} menu={{ items: menu, onClick: ({ key }) => void start(row, key) }}>
        <Button {...props}>
          {t('record.start')} <DownOutlined />
        </Button>
      </Dropdown>
    );
  };

  return (
    <ListTable<TargetedInspection>
      data={rows}
      loading={loading}
      emptyText={t('targeted.empty')}
      scroll={{ x: 1260 }}
      columns={[
        {
          title: t('record.entity'),
          fixed: 'left',
          render: (_: unknown, r) => <Link to={`/entities/${r.entityId}`}>{r.entityName}</Link>,
        },
        {
          title: t('record.item'),
          width: 200,
          responsive: ['sm'],
          render: (_: unknown, r) => (r.itemId ? itemLabel(r.itemId) : <Tag>{t('targeted.anyItem')}</Tag>),
        },
        {
          title: t('targeted.reason'),
          width: 200,
          render: (_: unknown, r) => <Tag color="geekblue">{t(`targeted.reason.${r.reason}`)}</Tag>,
        },
        {
          title: t('targeted.period'),
          width: 190,
          responsive: ['md'],
          render: (_: unknown, r) => `${r.from} ~ ${r.to ?? t('targeted.open')}`,
        },
        {
          title: t('targeted.pool'),
          width: 150,
          render: (_: unknown, r) =>
            r.status === 'pending' ? (
              <Tooltip title={t('targeted.pendingHelp')}>
                <Tag color="gold">{t('targeted.pending')}</Tag>
              </Tooltip>
            ) : r.to === null || r.to >= today() ? (
              <Tooltip title={t('targeted.excludedHelp')}>
                <Tag color="purple">{t('targeted.excluded')}</Tag>
              </Tooltip>
            ) : (
              <Tag>{t('targeted.ended')}</Tag>
            ),
        },
        { title: t('targeted.reference'), dataIndex: 'reference', width: 160, responsive: ['md'] },
        { title: t('targeted.note'), dataIndex: 'note', responsive: ['md'] },
        {
          title: t('targeted.createdAt'),
          width: 150,
          responsive: ['md'],
          render: (_: unknown, r) => formatDateTime(r.createdAt, 'minute'),
        },
        {
          title: t('common.actions'),
          width: 150,
          fixed: phone ? undefined : 'right',
          render: (_: unknown, r) => action(r),
        },
      ]}
    />
  );
}
