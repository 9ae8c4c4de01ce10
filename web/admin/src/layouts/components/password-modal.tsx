// The officer changes their own password (issue 10.5); the server's policy errors show at the field.
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../locales/use-i18n.ts';
import { changePassword } from '../../services/session.ts';

interface Values {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly repeat: string;
}

/** `forced`: the session was opened with the demo or an administrator's password and can do nothing else. */
export default function PasswordModal({
  onClose,
  forced = false,
}: {
  readonly onClose: () => void;
  readonly forced?: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      void message.success(t('password.changed'));
      onClose();
    } catch {
      // Shown by the request error handler.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('password.title')}
      okText={t('password.submit')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      closable={!forced}
      maskClosable={!forced}
      keyboard={!forced}
      cancelButtonProps={forced ? { style: { display: 'none' } } : undefined}
    >
      {forced && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.policy')}
          rules={[{ required: true, min: 10, message: t('password.policy') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('password.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.repeatRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
