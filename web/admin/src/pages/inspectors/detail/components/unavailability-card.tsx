// 不可用时段: leave, training, secondment … the inspector is not drawn in these periods.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Form, Input, Modal, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { Unavailability } from '../../../../services/types.ts';
import { DATE_FORMAT, today } from '../../../../utils/format.ts';
import { addUnavailability } from '../../service.ts';

interface UnavailabilityValues {
  period: [Dayjs, Dayjs];
  reason: string;
}

interface UnavailabilityCardProps {
  readonly inspectorId: string;
  readonly periods: readonly Unavailability[];
  readonly editable: boolean;
  readonly onAdded: () => void;
}

export default function UnavailabilityCard({
  inspectorId,
  periods,
  editable,
  onAdded,
}: UnavailabilityCardProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnavailabilityValues>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const now = today();

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const [from, to] = values.period;
    setSaving(true);
    try {
      await addUnavailability(inspectorId, {
        from: from.format(DATE_FORMAT),
        to: to.format(DATE_FORMAT),
        reason: values.reason.trim(),
      });
      void message.success(t('unavailability.added'));
      setOpen(false);
      onAdded();
    } catch {
      // Shown by the request error handler.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('unavailability.title')}
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('unavailability.add')}
          </Button>
        )
      }
    >
      <Table<Unavailability>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...periods].sort((a, b) => b.from.localeCompare(a.from))}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unavailability.empty')} />,
        }}
        columns={[
          { title: t('unavailability.from'), dataIndex: 'from', width: 110 },
          { title: t('unavailability.to'), dataIndex: 'to', width: 110 },
          { title: t('unavailability.reason'), dataIndex: 'reason' },
          {
            title: t('common.status'),
            key: 'state',
            width: 90,
            render: (_: unknown, period) => {
              if (period.to < now) return <Tag>{t('unavailability.past')}</Tag>;
              if (period.from > now) return <Tag color="blue">{t('unavailability.future')}</Tag>;
              return <Tag color="red">{t('unavailability.current')}</Tag>;
            },
          },
        ]}
      />
      <Modal
        open={open}
        title={t('unavailability.add')}
        confirmLoading={saving}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<UnavailabilityValues> form={form} layout="vertical" preserve={false}>
          <Form.Item name="period" label={t('unavailability.period')} rules={[{ required: true }]}>
            <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('unavailability.reason')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={2} maxLength={200} placeholder={t('unavailability.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
