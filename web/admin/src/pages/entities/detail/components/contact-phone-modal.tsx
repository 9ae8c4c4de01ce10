// 联系电话 of one entity (issue 10.7): typed in full, stored encrypted, shown masked afterwards.
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { updateContactPhone } from '../../service.ts';

// As the server checks (src/domain/validation/phone-number.ts), after removing spaces, dots and brackets.
const PHONE = /^(?:(?:\+|00)?86-?)?(?:1[3-9]\d{9}|0\d{2,3}-?[2-9]\d{6,7}(?:(?:-|转)\d{1,6})?)$/;

interface ContactPhoneModalProps {
  readonly open: boolean;
  readonly entityId: string;
  readonly entityName: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export default function ContactPhoneModal({
  open,
  entityId,
  entityName,
  onClose,
  onDone,
}: ContactPhoneModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ contactPhone: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      await updateContactPhone(entityId, (values.contactPhone ?? '').trim());
      void message.success(t('contactPhone.saved'));
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
      title={t('contactPhone.title', { name: entityName })}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="contactPhone"
          label={t('entity.contactPhone')}
          extra={t('contactPhone.help')}
          rules={[
            {
              validator: (_, value?: string) =>
                !value?.trim() || PHONE.test(value.replace(/[\s.()（）]/g, ''))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('contactPhone.invalid'))),
            },
          ]}
        >
          <Input inputMode="tel" maxLength={30} placeholder={t('contactPhone.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
