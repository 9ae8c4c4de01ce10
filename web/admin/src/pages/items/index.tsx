// 抽查事项清单: every item of the caller's units, with its status and the version in force.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ListTable } from '../../components/list-table.tsx';
import PageContainer from '../../components/page-container.tsx';
import { useAccess } from '../../current-user.tsx';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { ItemStatus, ItemSummary } from '../../services/types.ts';
import { formatDateTime } from '../../utils/format.ts';
import { CategoryTag, ItemStatusTags } from './components/item-status-tags.tsx';
import { fetchItems } from './service.ts';

export default function ItemListPage() {
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ItemStatus>();
  const { data, loading, reload } = useRequest(() => fetchItems({ q, status }), [q, status]);

  return (
    <PageContainer
      title={t('menu.items')}
      subTitle={t('items.subtitle')}
      extra={
        access.canEditItem && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/items/new')}>
            {t('items.new')}
          </Button>
        )
      }
    >
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('items.searchPlaceholder')}
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 280 }}
          />
          <Select<ItemStatus>
            allowClear
            placeholder={t('common.status')}
            value={status}
            onChange={setStatus}
            style={{ width: 140 }}
            options={[
              { value: 'draft', label: t('item.status.draft') },
              { value: 'published', label: t('item.status.published') },
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('common.refresh')}
          </Button>
        </Flex>
        <ListTable<ItemSummary>
          data={data}
          loading={loading}
          emptyText={t('items.empty')}
          pagination={{ showSizeChanger: true }}
          scroll={{ x: 1080 }}
          columns={[
            { title: t('item.code'), dataIndex: 'code', width: 110, fixed: 'left' },
            {
              title: t('item.name'),
              dataIndex: 'name',
              width: 230,
              render: (name: string, item) => <Link to={`/items/${item.id}`}>{name}</Link>,
            },
            { title: t('item.department'), dataIndex: 'unitName', ellipsis: true },
            {
              title: t('item.category'),
              dataIndex: 'category',
              width: 80,
              render: (_: unknown, item) => <CategoryTag category={item.category} />,
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 120,
              render: (_: unknown, item) => <ItemStatusTags item={item} />,
            },
            {
              title: t('item.publishedVersion'),
              dataIndex: 'publishedVersion',
              width: 100,
              align: 'center',
              render: (version: number | null) =>
                version === null ? <Typography.Text type="secondary">—</Typography.Text> : `v${version}`,
            },
            {
              title: t('item.effectiveFrom'),
              dataIndex: 'effectiveFrom',
              width: 110,
              render: (date: string | null) => date ?? '—',
            },
            {
              title: t('common.updatedAt'),
              dataIndex: 'updatedAt',
              width: 150,
              render: (at: string) => formatDateTime(at, 'minute'),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
