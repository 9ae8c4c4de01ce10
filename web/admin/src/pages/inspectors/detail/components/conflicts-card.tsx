// 回避: declared conflicts between this inspector and entities; such pairings are never drawn (R-N.5).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { Conflict, ConflictKind } from '../../../../services/types.ts';
import { formatDateTime } from '../../../../utils/format.ts';
import { addConflict, type ConflictInput } from '../../service.ts';
import EntitySearch from '../../../../components/entity-search.tsx';

const kinds: readonly ConflictKind[] = ['relative', 'interest', 'other'];

interface ConflictsCardProps {
  readonly inspectorId: string;
  readonly conflicts: readonly Conflict[];
  readonly editable: boolean;
  readonly onAdded: () => void;
}

export default function ConflictsCard({ inspectorId, conflicts, editable, onAdded }: ConflictsCardProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConflictInput>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setSaving(true);
    try {
      await addConflict(inspectorId, { ...values, reason: values.reason.trim() });
      void message.success(t('conflict.added'));
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
      title={t('conflict.title')}
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('conflict.add')}
          </Button>
        )
      }
    >
      <Table<Conflict>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...conflicts]}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('conflict.empty')} />,
        }}
        columns={[
          {
            title: t('conflict.entity'),
            dataIndex: 'entityName',
            render: (name: string, conflict) => <Link to={`/entities/${conflict.entityId}`}>{name}</Link>,
          },
          {
            title: t('conflict.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (kind: ConflictKind) => <Tag color="purple">{t(`conflict.kind.${kind}`)}</Tag>,
          },
          { title: t('conflict.reason'), dataIndex: 'reason' },
          {
            title: t('conflict.declaredAt'),
            dataIndex: 'declaredAt',
            width: 160,
            render: (at: string) => formatDateTime(at),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('conflict.add')}
        confirmLoading={saving}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<ConflictInput>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ kind: 'relative' }}
        >
          <Form.Item
            name="entityId"
            label={t('conflict.entity')}
            rules={[{ required: true, message: t('conflict.entityRequired') }]}
          >
            <EntitySearch />
          </Form.Item>
          <Form.Item name="kind" label={t('conflict.kind')} rules={[{ required: true }]}>
            <Select options={kinds.map((kind) => ({ value: kind, label: t(`conflict.kind.${kind}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('conflict.reason')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={2} maxLength={300} placeholder={t('conflict.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
