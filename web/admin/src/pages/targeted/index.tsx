// 定向检查: inspections for one of five reasons, outside the random draw, with the same record form.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import PageContainer from '../../components/page-container.tsx';
import { useAccess } from '../../current-user.tsx';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import EntitySearch from '../../components/entity-search.tsx';
import TargetedForm from './components/targeted-form.tsx';
import TargetedTable from './components/targeted-table.tsx';
import { fetchPublishedItems, fetchTargeted } from './service.ts';

export default function TargetedPage() {
  const { t } = useI18n();
  const access = useAccess();
  const [entityId, setEntityId] = useState<string>();
  const [adding, setAdding] = useState(false);
  const list = useRequest(() => fetchTargeted(entityId), [entityId]);
  const items = useRequest(fetchPublishedItems, []);

  return (
    <PageContainer
      title={t('menu.targeted')}
      subTitle={t('targeted.subtitle')}
      extra={
        access.canRegisterTargeted && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('targeted.add')}
          </Button>
        )
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('targeted.explain')} />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <EntitySearch
            id="targeted-filter"
            allowClear
            value={entityId}
            onChange={setEntityId}
            style={{ width: 360 }}
          />
        </Flex>
        <TargetedTable
          rows={list.data ?? []}
          items={items.data ?? []}
          loading={list.loading}
          onApproved={list.reload}
        />
      </Card>
      {adding && (
        <TargetedForm
          items={items.data ?? []}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            list.reload();
          }}
        />
      )}
    </PageContainer>
  );
}
