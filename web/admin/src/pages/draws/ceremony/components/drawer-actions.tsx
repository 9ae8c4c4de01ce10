// The registered drawer computes and confirms. Before any reveal the drawer or a leader may abort with
// a reason; after one, only the supervisor, for a witness who missed the reveal deadline (never re-draw).
import { CalculatorOutlined, CheckOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useAccess, useCurrentUser } from '../../../../current-user.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { DrawDetail } from '../../../../services/types.ts';
import { abortDraw, computeDraw, confirmDraw } from '../../service.ts';
import { witnessLabel } from '../../components/participant-label.ts';

interface DrawerActionsProps {
  readonly draw: DrawDetail;
  readonly onUpdate: (draw: DrawDetail) => void;
  readonly onError: () => void;
}

export default function DrawerActions({ draw, onUpdate, onError }: DrawerActionsProps) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const { user } = useCurrentUser();
  const access = useAccess();
  const [busy, setBusy] = useState<string>();
  const [aborting, setAborting] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string>();
  const isDrawer = draw.participants.some((p) => p.role === 'drawer' && user && p.userId === user.id);
  const isSupervisor = draw.participants.some((p) => p.role === 'supervisor' && user && p.userId === user.id);
  const final = draw.status === 'confirmed' || draw.status === 'aborted';
  const anyRevealed = draw.participants.some((p) => p.role !== 'system' && p.revealedAt);
  const unrevealed = draw.participants.filter((p) => p.witness && p.role !== 'system' && !p.revealedAt);
  const open = draw.status === 'announced' || draw.status === 'revealing';
  const canAbort = open && (anyRevealed ? isSupervisor : isDrawer || access.canAbortDraw);
  const allSigned = draw.participants.every((p) => p.signedAt);

  const run = async (key: string, action: () => Promise<DrawDetail>, done: string) => {
    setBusy(key);
    try {
      onUpdate(await action());
      void message.success(done);
    } catch {
      // Shown by the request error handler; an `understaffed` compute aborts the draw: reload shows it.
      onError();
    } finally {
      setBusy(undefined);
    }
  };

  if (final || (!isDrawer && !canAbort)) return null;
  return (
    <Flex gap={12} wrap className="drawer-actions no-print">
      {isDrawer && draw.status === 'revealed' && (
        <Button
          type="primary"
          size="large"
          icon={<CalculatorOutlined />}
          loading={busy === 'compute'}
          onClick={() => void run('compute', () => computeDraw(draw.id), t('ceremony.computed'))}
        >
          {t('ceremony.compute')}
        </Button>
      )}
      {isDrawer && draw.status === 'computed' && (
        <Button
          type="primary"
          size="large"
          icon={<CheckOutlined />}
          disabled={!allSigned}
          title={allSigned ? undefined : t('ceremony.confirmNeedsSignatures')}
          loading={busy === 'confirm'}
          onClick={() =>
            void modal.confirm({
              title: t('ceremony.confirmTitle', { drawId: draw.drawId }),
              content: t('ceremony.confirmExplain'),
              okText: t('ceremony.confirmOk'),
              onOk: () => run('confirm', () => confirmDraw(draw.id), t('ceremony.confirmed')),
            })
          }
        >
          {t('ceremony.confirm')}
        </Button>
      )}
      {canAbort && (
        <Button danger size="large" icon={<StopOutlined />} onClick={() => setAborting(true)}>
          {anyRevealed ? t('ceremony.abortMissedReveal') : t('ceremony.abort')}
        </Button>
      )}
      {isDrawer && anyRevealed && open && (
        <Typography.Text type="secondary">{t('ceremony.noAbortAfterReveal')}</Typography.Text>
      )}
      <Modal
        open={aborting}
        title={t('ceremony.abortTitle', { drawId: draw.drawId })}
        okText={t('ceremony.abortConfirm')}
        okButtonProps={{ danger: true, disabled: !reason.trim() || (anyRevealed && !missing) }}
        confirmLoading={busy === 'abort'}
        onCancel={() => setAborting(false)}
        onOk={() =>
          void run(
            'abort',
            () => abortDraw(draw.id, reason.trim(), anyRevealed ? missing : undefined),
            t('ceremony.aborted'),
          ).then(() => setAborting(false))
        }
        destroyOnHidden
      >
        <Typography.Paragraph type="danger">{t('ceremony.abortExplain')}</Typography.Paragraph>
        <Form layout="vertical">
          {anyRevealed && (
            <Form.Item label={t('ceremony.missingWitness')} extra={t('ceremony.missingWitnessHelp')} required>
              <Select
                value={missing}
                onChange={setMissing}
                options={unrevealed.map((p) => ({
                  value: p.witness!,
                  label: `${p.name}（${witnessLabel(t, p.witness!)}）`,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item label={t('ceremony.abortReason')} required>
            <Input.TextArea
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={2000}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
