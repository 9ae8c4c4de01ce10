// 登记定向检查: the entity, the reason among the five, the period; the item is optional.
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { ItemSummary, TargetedReason } from '../../../services/types.ts';
import { registerTargeted, TARGETED_REASONS } from '../service.ts';
import EntitySearch from '../../../components/entity-search.tsx';

interface FormValues {
  readonly entityId: string;
  readonly itemId?: string;
  readonly reason: TargetedReason;
  readonly from: Dayjs;
  readonly to?: Dayjs | null;
  readonly note: string;
  readonly reference: string;
}

interface TargetedFormProps {
  readonly items: readonly ItemSummary[];
  readonly onClose: () => void;
  readonly onSaved: (id: string) => void;
}

export default function TargetedForm({ items, onClose, onSaved }: TargetedFormProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      const { id } = await registerTargeted({
        entityId: values.entityId,
        itemId: values.itemId ?? null,
        reason: values.reason,
        from: values.from.format('YYYY-MM-DD'),
        to: values.to ? values.to.format('YYYY-MM-DD') : null,
        note: values.note.trim(),
        reference: values.reference.trim(),
      });
      void message.success(t('targeted.saved'));
      onSaved(id);
    } catch {
      // Shown by the request error handler.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('targeted.add')}
      okText={t('targeted.register')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('targeted.explain')} />
      <Form<FormValues> form={form} layout="vertical" initialValues={{ from: dayjs() }}>
        <Form.Item
          name="entityId"
          label={t('record.entity')}
          rules={[{ required: true, message: t('conflict.entityRequired') }]}
        >
          <EntitySearch />
        </Form.Item>
        <Form.Item name="itemId" label={t('record.item')} extra={t('targeted.itemHelp')}>
          <Select
            allowClear
            placeholder={t('targeted.anyItem')}
            showSearch={{ optionFilterProp: 'label' }}
            options={items.map((item) => ({ value: item.id, label: `${item.code} ${item.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('targeted.reason')}
          rules={[{ required: true, message: t('targeted.reasonRequired') }]}
        >
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={TARGETED_REASONS.map((r) => ({ value: r, label: t(`targeted.reason.${r}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('targeted.period')} required style={{ marginBottom: 0 }}>
          <Form.Item
            name="from"
            rules={[{ required: true, message: t('targeted.fromRequired') }]}
            style={{ display: 'inline-block', marginRight: 8 }}
          >
            <DatePicker placeholder={t('targeted.from')} />
          </Form.Item>
          <Form.Item name="to" style={{ display: 'inline-block' }} extra={t('targeted.toHelp')}>
            <DatePicker
              placeholder={t('targeted.to')}
              disabledDate={(d) => {
                const from = form.getFieldValue('from') as Dayjs | undefined;
                return Boolean(from && d.isBefore(from, 'day'));
              }}
            />
          </Form.Item>
        </Form.Item>
        <Form.Item
          name="reference"
          label={t('targeted.reference')}
          extra={t('targeted.referenceHelp')}
          rules={[{ required: true, whitespace: true, message: t('targeted.referenceRequired') }]}
        >
          <Input maxLength={100} placeholder={t('targeted.referencePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('targeted.note')}
          rules={[{ required: true, whitespace: true, message: t('targeted.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('targeted.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
