// A generated password is shown this once (the server keeps only its hash): copy it and hand it over.
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';

interface PasswordOnceProps {
  readonly username?: string;
  readonly password?: string;
  readonly onClose: () => void;
}

export default function PasswordOnce({ username, password, onClose }: PasswordOnceProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const copy = async () => {
    await navigator.clipboard?.writeText(password ?? '');
    void message.success(t('accounts.password.copied'));
  };
  return (
    <Modal
      open={password !== undefined}
      title={t('accounts.password.title', { username: username ?? '' })}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('accounts.password.done')}
        </Button>
      }
      maskClosable={false}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon message={t('accounts.password.once')} />
        <Space wrap>
          <Typography.Text code copyable={false} style={{ fontSize: 20 }} data-testid="generated-password">
            {password}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('accounts.password.copy')}
          </Button>
        </Space>
      </Space>
    </Modal>
  );
}
