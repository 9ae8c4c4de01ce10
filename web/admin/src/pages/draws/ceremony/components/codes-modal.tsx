// The one-time codes of witnesses without an account: shown this once after announce, printable as slips.
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Table, Typography } from 'antd';
import PrintPortal from '../../../../components/print-portal.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { WitnessCode } from '../../../../services/types.ts';
import { witnessLabel } from '../../components/participant-label.ts';

interface CodesModalProps {
  readonly codes: readonly WitnessCode[];
  readonly drawId: string;
  readonly taskCode: string;
  readonly onClose: () => void;
}

export const witnessUrl = (drawId: string) =>
  `${window.location.origin}/admin/witness/${encodeURIComponent(drawId)}`;

export default function CodesModal({ codes, drawId, taskCode, onClose }: CodesModalProps) {
  const { t } = useI18n();
  const url = witnessUrl(drawId);
  return (
    <Modal
      open
      width={720}
      title={t('codes.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('codes.print')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose}>
          {t('codes.done')}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('codes.once')} />
      <Typography.Paragraph>
        {t('codes.url')}{' '}
        <Typography.Text code copyable>
          {url}
        </Typography.Text>
      </Typography.Paragraph>
      <Table
        className="codes-table"
        size="small"
        rowKey="witness"
        pagination={false}
        dataSource={[...codes]}
        columns={[
          {
            title: t('participant.witness'),
            dataIndex: 'witness',
            width: 90,
            render: (witness: string) => witnessLabel(t, witness),
          },
          { title: t('participant.name'), dataIndex: 'name' },
          {
            title: t('codes.code'),
            dataIndex: 'code',
            render: (code: string) => (
              <Typography.Text
                className="witness-code"
                copyable
                style={{ fontFamily: 'monospace', fontSize: 20, fontWeight: 700 }}
              >
                {code}
              </Typography.Text>
            ),
          },
        ]}
      />
      <PrintPortal>
        {codes.map((code) => (
          <div key={code.witness} className="witness-slip">
            <h2>{t('codes.slipTitle')}</h2>
            <p>
              {t('draw.drawId')}：{drawId}（{taskCode}）
            </p>
            <p>
              {witnessLabel(t, code.witness)}：{code.name}
            </p>
            <p>{t('codes.slipUrl')}</p>
            <p style={{ fontFamily: 'monospace' }}>{url}</p>
            <p>{t('codes.code')}：</p>
            <p className="slip-code">{code.code}</p>
            <p style={{ fontSize: '10pt' }}>{t('codes.slipNote')}</p>
          </div>
        ))}
      </PrintPortal>
    </Modal>
  );
}
