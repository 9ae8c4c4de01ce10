// The registered drawer computes and confirms; the drawer or a leader may abort with a reason (never re-draw).
import { CalculatorOutlined, CheckOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useAccess, useCurrentUser } from '../../../../current-user.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { DrawDetail } from '../../../../services/types.ts';
import { abortDraw, computeDraw, confirmDraw } from '../../service.ts';

interface DrawerActionsProps {
  readonly draw: DrawDetail;
  readonly onUpdate: (draw: DrawDetail) => void;
  readonly onError: () => void;
}

export default function DrawerActions({ draw, onUpdate, onError }: DrawerActionsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useCurrentUser();
  const access = useAccess();
  const [busy, setBusy] = useState<string>();
  const [aborting, setAborting] = useState(false);
  const [reason, setReason] = useState('');
  const isDrawer = draw.participants.some((p) => p.role === 'drawer' && user && p.userId === user.id);
  const final = draw.status === 'confirmed' || draw.status === 'aborted';
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

  if (final || (!isDrawer && !access.canAbortDraw)) return null;
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
          onClick={() => void run('confirm', () => confirmDraw(draw.id), t('ceremony.confirmed'))}
        >
          {t('ceremony.confirm')}
        </Button>
      )}
      {(isDrawer || access.canAbortDraw) && (
        <Button danger size="large" icon={<StopOutlined />} onClick={() => setAborting(true)}>
          {t('ceremony.abort')}
        </Button>
      )}
      <Modal
        open={aborting}
        title={t('ceremony.abortTitle', { drawId: draw.drawId })}
        okText={t('ceremony.abortConfirm')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        confirmLoading={busy === 'abort'}
        onCancel={() => setAborting(false)}
        onOk={() =>
          void run('abort', () => abortDraw(draw.id, reason.trim()), t('ceremony.aborted')).then(() =>
            setAborting(false),
          )
        }
        destroyOnHidden
      >
        <Typography.Paragraph type="danger">{t('ceremony.abortExplain')}</Typography.Paragraph>
        <Form layout="vertical">
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
