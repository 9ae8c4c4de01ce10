// 新建抽查事项: creates the item with its draft version 1.
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useCurrentUser } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { fetchUnits } from '../../../services/regions.ts';
import ItemForm from '../components/item-form.tsx';
import { emptyItemValues, inputOfValues, type ItemFormValues } from '../components/item-form-values.ts';
import { createItem } from '../service.ts';

export default function NewItemPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<ItemFormValues>();
  const [saving, setSaving] = useState(false);
  const units = useRequest(fetchUnits, []);
  const initialValues = useMemo(() => emptyItemValues(user?.unit.id), [user]);

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      const { item } = await createItem(inputOfValues(values));
      void message.success(t('item.created', { code: item.code }));
      void navigate(`/items/${item.id}`, { replace: true });
    } catch {
      // Shown by the request error handler (duplicate-code, validation-failed …).
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer
      title={t('menu.items.new')}
      backTo="/items"
      extra={
        <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
          {t('item.saveNew')}
        </Button>
      }
    >
      <Alert showIcon type="info" title={t('item.newHint')} style={{ marginBottom: 12 }} />
      {units.loading && !units.data ? (
        <PageLoading />
      ) : (
        <ItemForm form={form} initialValues={initialValues} units={units.data ?? []} />
      )}
    </PageContainer>
  );
}
