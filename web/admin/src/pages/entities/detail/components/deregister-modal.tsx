// 注销: marks the entity deregistered with a date and reason; it then leaves the draws.
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { DATE_FORMAT } from '../../../../utils/format.ts';
import { deregisterEntity } from '../../service.ts';

interface DeregisterValues {
  date: Dayjs;
  reason: string;
}

interface DeregisterModalProps {
  readonly open: boolean;
  readonly entityId: string;
  readonly entityName: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export default function DeregisterModal({
  open,
  entityId,
  entityName,
  onClose,
  onDone,
}: DeregisterModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeregisterValues>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      await deregisterEntity(entityId, {
        date: values.date.format(DATE_FORMAT),
        reason: values.reason.trim(),
      });
      void message.success(t('deregister.done', { name: entityName }));
      onDone();
    } catch {
      // Shown by the request error handler.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('deregister.title', { name: entityName })}
      okText={t('deregister.confirm')}
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert showIcon type="warning" title={t('deregister.warning')} style={{ marginBottom: 16 }} />
      <Form<DeregisterValues>
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs() }}
        preserve={false}
      >
        <Form.Item name="date" label={t('deregister.date')} rules={[{ required: true }]}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('deregister.reason')}
          rules={[{ required: true, whitespace: true, message: t('deregister.reasonRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('deregister.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
