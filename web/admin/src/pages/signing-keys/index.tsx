// 我的签名密钥 (issue 10.4): the officer's own keys — which one this browser holds, revoke one, make a new one.
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, List, Modal, Popconfirm, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import PageContainer from '../../components/page-container.tsx';
import { useCurrentUser } from '../../current-user.tsx';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import type { SigningKey } from '../../services/types.ts';
import { formatDateTime } from '../../utils/format.ts';
import { createOfficerKey, thisBrowserKey, type KeyScheme } from '../../utils/signing-key.ts';
import { fetchSigningKeys, revokeSigningKey } from './service.ts';

function KeyItem({ k, here, onRevoke }: { k: SigningKey; here: boolean; onRevoke: () => void }) {
  const { t } = useI18n();
  const active = k.revokedAt === null;
  return (
    <List.Item
      data-testid="signing-key"
      actions={
        active
          ? [
              <Popconfirm key="revoke" title={t('signingKeys.revokeConfirm')} onConfirm={onRevoke}>
                <Button danger size="small" icon={<StopOutlined />}>
                  {t('signingKeys.revoke')}
                </Button>
              </Popconfirm>,
            ]
          : []
      }
    >
      <List.Item.Meta
        title={
          <Flex gap={6} wrap align="center">
            <span>{k.label}</span>
            <Tag>{t(`signingKeys.scheme.${k.scheme}`)}</Tag>
            <Tag color={active ? 'green' : 'default'}>
              {t(active ? 'signingKeys.active' : 'signingKeys.revoked')}
            </Tag>
            {here && <Tag color="blue">{t('signingKeys.thisBrowser')}</Tag>}
          </Flex>
        }
        description={
          <Flex vertical gap={2}>
            <span>
              {t('signingKeys.fingerprint')}：
              <Typography.Text code copyable={{ text: k.publicKey }} style={{ wordBreak: 'break-all' }}>
                {k.fingerprint}
              </Typography.Text>
            </span>
            <span>
              {t('signingKeys.createdAt')}：{formatDateTime(k.createdAt)}
              {k.revokedAt && ` · ${t('signingKeys.revokedAt')}：${formatDateTime(k.revokedAt)}`}
            </span>
          </Flex>
        }
      />
    </List.Item>
  );
}

/** Ed25519 (default) or 国密 SM2, each with what it means for the officer. */
function SchemeChoice({ value, onChange }: { value: KeyScheme; onChange: (s: KeyScheme) => void }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4}>
      <span id="signing-key-scheme">{t('signingKeys.scheme')}</span>
      <Radio.Group
        aria-labelledby="signing-key-scheme"
        value={value}
        onChange={(e) => onChange(e.target.value as KeyScheme)}
      >
        <Flex vertical gap={6}>
          {(['ed25519', 'sm2'] as const).map((s) => (
            <Radio key={s} value={s} data-testid={`scheme-${s}`}>
              <strong>{t(`signingKeys.scheme.${s}`)}</strong>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t(`signingKeys.scheme.${s}.hint`)}
              </Typography.Text>
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    </Flex>
  );
}

export default function SigningKeysPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [label, setLabel] = useState('');
  const [scheme, setScheme] = useState<KeyScheme>('ed25519');
  const [busy, setBusy] = useState(false);
  const { data, loading, reload } = useRequest(
    async () => ({ keys: await fetchSigningKeys(), here: await thisBrowserKey(user!.id).catch(() => null) }),
    [],
  );
  const keys = data?.keys ?? [];
  const hereKey = keys.find((k) => k.publicKey === data?.here);
  const hereActive = hereKey?.revokedAt === null;

  const create = async () => {
    setBusy(true);
    try {
      await createOfficerKey(user!.id, label, scheme);
      // The key this browser held is replaced: it can no longer sign, so it is revoked too.
      if (hereKey && hereActive) await revokeSigningKey(hereKey.id);
      void message.success(t('signingKeys.created'));
      setCreating(false);
      reload();
    } catch (error) {
      if (!(error instanceof Error && error.name === 'RequestError'))
        void message.error(t('signingKeys.signFailed'));
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (id: string) => {
    await revokeSigningKey(id);
    void message.success(t('signingKeys.revokedDone'));
    reload();
  };

  return (
    <PageContainer
      title={t('menu.signingKeys')}
      subTitle={t('signingKeys.subtitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setLabel(
              `${navigator.platform || t('signingKeys.browser')} · ${new Date().toLocaleDateString('zh-CN')}`,
            );
            setScheme('ed25519');
            setCreating(true);
          }}
        >
          {t('signingKeys.create')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('signingKeys.explain')} />
        {data && (
          <Alert
            data-testid="this-browser-key"
            type={hereActive ? 'success' : 'warning'}
            showIcon
            title={t(
              hereActive
                ? 'signingKeys.here.active'
                : data.here
                  ? 'signingKeys.here.revoked'
                  : 'signingKeys.here.none',
            )}
          />
        )}
        <Card size="small">
          <List
            loading={loading}
            dataSource={[...keys]}
            locale={{ emptyText: t('signingKeys.empty') }}
            renderItem={(k) => (
              <KeyItem k={k} here={k.publicKey === data?.here} onRevoke={() => void revoke(k.id)} />
            )}
          />
        </Card>
      </Flex>
      <Modal
        open={creating}
        title={t('signingKeys.create')}
        okText={t('signingKeys.createOk')}
        confirmLoading={busy}
        onOk={() => void create()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <Flex vertical gap={8}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {t('signingKeys.createExplain')}
          </Typography.Paragraph>
          <SchemeChoice value={scheme} onChange={setScheme} />
          <label htmlFor="signing-key-label">{t('signingKeys.label')}</label>
          <Input
            id="signing-key-label"
            value={label}
            maxLength={100}
            onChange={(e) => setLabel(e.target.value)}
          />
        </Flex>
      </Modal>
    </PageContainer>
  );
}
