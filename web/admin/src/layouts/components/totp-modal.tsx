// Two-step sign-in (issue 10.5): scan the QR code with a phone authenticator, confirm one code; turning it
// off asks for the password and a code. Errors show at the field (the server names it).
import { Alert, App, Flex, Form, Input, Modal, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../../current-user.tsx';
import { useI18n } from '../../locales/use-i18n.ts';
import { disableTotp, enableTotp, startTotp } from '../../services/session.ts';

interface Values {
  readonly totp: string;
  readonly password?: string;
}

export default function TotpModal({ onClose }: { readonly onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user, setUser } = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [enrolment, setEnrolment] = useState<{ secret: string; qr: string }>();
  const enabled = Boolean(user?.totpEnabled);

  useEffect(() => {
    if (enabled) return;
    void startTotp()
      .then(async ({ secret, uri }) =>
        setEnrolment({ secret, qr: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) }),
      )
      .catch(onClose);
  }, [enabled, onClose]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values || !user) return;
    setSaving(true);
    try {
      if (enabled) await disableTotp(values.password ?? '', values.totp);
      else await enableTotp(values.totp);
      setUser({ ...user, totpEnabled: !enabled });
      void message.success(t(enabled ? 'totp.disabled' : 'totp.enabled'));
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
      title={t('totp.title')}
      okText={t(enabled ? 'totp.disable' : 'totp.enable')}
      okButtonProps={{ danger: enabled, disabled: !enabled && !enrolment }}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {enabled ? (
        <Alert type="success" showIcon title={t('totp.isOn')} style={{ marginBottom: 16 }} />
      ) : (
        <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('totp.scan')}</Typography.Paragraph>
          {enrolment && (
            <img src={enrolment.qr} alt={t('totp.qrAlt')} width={200} height={200} className="totp-qr" />
          )}
          {enrolment && (
            <Typography.Text
              type="secondary"
              copyable={{ text: enrolment.secret }}
              style={{ wordBreak: 'break-all' }}
            >
              {t('totp.secret')}：{enrolment.secret}
            </Typography.Text>
          )}
        </Flex>
      )}
      <Form<Values> form={form} layout="vertical">
        {enabled && (
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Form.Item
          name="totp"
          label={t('login.totp')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpRequired') }]}
        >
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
