// 创建抽查任务: one round of an approved plan on a draw date; creating it freezes both pools.
import { App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { PlanDetail } from '../../../services/types.ts';
import { DATE_FORMAT } from '../../../utils/format.ts';
import { createTask } from '../service.ts';

interface NewTaskModalProps {
  readonly open: boolean;
  readonly plan: PlanDetail;
  readonly onClose: () => void;
  readonly onCreated: (taskId: string) => void;
}

interface Values {
  round: number;
  drawDate: Dayjs;
}

/** The first round without a task whose window holds today, else the first round without a task. */
function defaultRound(plan: PlanDetail): Partial<Values> {
  const today = dayjs().format(DATE_FORMAT);
  const open = plan.rounds.filter((round) => !plan.tasks.some((task) => task.round === round.round));
  const current = open.find((round) => round.from <= today && today <= round.to) ?? open[0];
  if (!current) return {};
  const inWindow = current.from <= today && today <= current.to;
  return { round: current.round, drawDate: dayjs(inWindow ? today : current.from) };
}

export default function NewTaskModal({ open, plan, onClose, onCreated }: NewTaskModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      const task = await createTask({
        planId: plan.id,
        round: values.round,
        drawDate: values.drawDate.format(DATE_FORMAT),
      });
      void message.success(t('task.created', { code: task.code }));
      onCreated(task.id);
    } catch {
      // Shown by the request error handler (plan-not-approved, task-exists, round-window …).
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('task.new')}
      okText={t('task.createConfirm')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('task.freezeExplain')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={defaultRound(plan)} preserve={false}>
        <Form.Item name="round" label={t('task.round')} rules={[{ required: true }]}>
          <Select
            options={plan.rounds.map((round) => ({
              value: round.round,
              label: `${t('plan.roundN', { round: round.round })}（${round.from} ~ ${round.to}）`,
              disabled: plan.tasks.some((task) => task.round === round.round),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="drawDate"
          label={t('task.drawDate')}
          rules={[{ required: true }]}
          extra={t('task.drawDateHelp')}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
