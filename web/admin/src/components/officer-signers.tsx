// Issue 10.4: who signed a record's submission and a report's approval with a personal key, and whether
// the server verifies it now (已验证 / 验证失败 / 未签名).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, List, Tag, Typography } from 'antd';
import { useRequest } from '../hooks/use-request.ts';
import { useI18n } from '../locales/use-i18n.ts';
import { request } from '../request.ts';
import type { OfficerSigner } from '../services/types.ts';
import { formatDateTime } from '../utils/format.ts';

const STATUS_COLOR: Readonly<Record<OfficerSigner['status'], string>> = {
  verified: 'green',
  failed: 'red',
  unsigned: 'orange',
};

async function fetchSigners(recordId: string): Promise<readonly OfficerSigner[]> {
  const url = `/api/admin/inspections/${encodeURIComponent(recordId)}/signers`;
  return (await request<{ signers: OfficerSigner[] }>(url)).signers;
}

function SignerItem({ s }: { readonly s: OfficerSigner }) {
  const { t } = useI18n();
  const step =
    s.step === 'record-submit'
      ? t('officerSigners.step.record-submit')
      : t('officerSigners.step.report-approve', { version: s.reportVersion ?? '' });
  return (
    <List.Item data-testid="officer-signer" style={{ display: 'block' }}>
      <Flex gap={6} wrap align="center">
        <Typography.Text strong>{s.signerName}</Typography.Text>
        <Tag>{t(`officerSigners.role.${s.step}`)}</Tag>
        <Tag color={STATUS_COLOR[s.status]}>{t(`officerSigners.status.${s.status}`)}</Tag>
      </Flex>
      <Flex vertical gap={2} style={{ marginTop: 4 }}>
        <Typography.Text type="secondary">
          {step} · {t('officerSigners.loggedAt', { time: formatDateTime(s.signedAt) })}
        </Typography.Text>
        {s.status === 'unsigned' ? (
          <Typography.Text type="warning">{t('officerSigners.unsigned')}</Typography.Text>
        ) : (
          <span>
            {s.scheme ? t(`signingKeys.scheme.${s.scheme}`) : '—'} · {t('officerSigners.fingerprint')}：
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              {s.fingerprint}
            </Typography.Text>
          </span>
        )}
        {s.problem && <Typography.Text type="danger">{s.problem}</Typography.Text>}
      </Flex>
    </List.Item>
  );
}

/** The record's submission, then the approvals (only `reportId`'s when given); `reloadKey` refetches. */
export default function OfficerSigners(props: {
  readonly recordId: string;
  readonly reportId?: string;
  readonly reloadKey?: string;
}) {
  const { t } = useI18n();
  const { recordId, reportId, reloadKey } = props;
  const { data, loading } = useRequest(() => fetchSigners(recordId), [recordId, reloadKey]);
  const shown = (data ?? []).filter(
    (s) => s.step === 'record-submit' || reportId === undefined || s.reportId === reportId,
  );
  const awaiting = reportId !== undefined && !shown.some((s) => s.step === 'report-approve');
  return (
    <Card
      size="small"
      data-testid="officer-signers"
      title={
        <Flex gap={6} align="center">
          <SafetyCertificateOutlined />
          {t('officerSigners.title')}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('officerSigners.explain')}
      </Typography.Paragraph>
      <List
        loading={loading}
        dataSource={shown}
        locale={{ emptyText: t('officerSigners.none') }}
        renderItem={(s) => <SignerItem s={s} />}
      />
      {awaiting && data && (
        <Typography.Text type="secondary">{t('officerSigners.awaitingApproval')}</Typography.Text>
      )}
    </Card>
  );
}
