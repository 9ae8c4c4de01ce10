import { FieldNumberOutlined, LockOutlined, SafetyCertificateFilled, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../current-user.tsx';
import { LanguageSwitch } from '../../layouts/components/header-right.tsx';
import { useI18n } from '../../locales/use-i18n.ts';
import { RequestError } from '../../request.ts';
import { login, type LoginParams } from './service.ts';

/** Only paths of this app: an open redirect through ?redirect= is not possible. */
function safeRedirect(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default function LoginPage() {
  const { t } = useI18n();
  const { user, setUser } = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();
  // The password was right and the account has a second factor: the form asks for the code.
  const [needsCode, setNeedsCode] = useState(false);
  const target = safeRedirect(params.get('redirect'));

  if (user) return <Navigate to={target} replace />;

  const onFinish = async (values: LoginParams) => {
    setSubmitting(true);
    setFailure(undefined);
    try {
      setUser(await login(values));
      void navigate(target, { replace: true });
    } catch (error) {
      if (error instanceof RequestError && error.code === 'totp-required') {
        setNeedsCode(true);
        setFailure(undefined);
        return;
      }
      setFailure(error instanceof RequestError ? error.message : t('error.network'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(180deg, #1f3b6e 0%, #1f5fbf 45%, #f5f5f5 45%)',
      }}
    >
      <div style={{ position: 'absolute', top: 12, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Flex vertical align="center" gap={4} style={{ marginBottom: 24, color: '#fff' }}>
        <SafetyCertificateFilled style={{ fontSize: 40 }} />
        <Typography.Title level={3} style={{ color: '#fff', margin: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{t('login.subtitle')}</Typography.Text>
      </Flex>
      <Card style={{ width: 380 }} title={t('login.title')}>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
        <Form<LoginParams>
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
          requiredMark={false}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {needsCode && (
            <Form.Item
              name="totp"
              label={t('login.totp')}
              extra={t('login.totpHelp')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpRequired') }]}
            >
              <Input
                prefix={<FieldNumberOutlined />}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                autoFocus
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('app.footer')}
      </Typography.Text>
    </Flex>
  );
}
