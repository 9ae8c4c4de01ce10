// 发起抽取 (phase 1): supervisor and witnesses are registered; refusals are shown here.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../../../current-user.tsx';
import { useRequest } from '../../../../hooks/use-request.ts';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { RequestError } from '../../../../request.ts';
import type { DrawDetail, Suite, WitnessCode, WitnessKind } from '../../../../services/types.ts';
import { announceDraw, fetchDrawOfficers } from '../../service.ts';

export const WITNESS_KINDS: readonly WitnessKind[] = [
  'media',
  'special-supervisor',
  'entity-representative',
  'other',
];

interface Values {
  suite: Suite;
  supervisorUserId?: string;
  witnesses: { kind: WitnessKind; name: string; userId?: string }[];
}

interface AnnounceModalProps {
  readonly open: boolean;
  readonly taskId: string;
  readonly onClose: () => void;
  readonly onAnnounced: (draw: DrawDetail, codes: readonly WitnessCode[]) => void;
}

export default function AnnounceModal({ open, taskId, onClose, onAnnounced }: AnnounceModalProps) {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<RequestError>();
  const officers = useRequest(fetchDrawOfficers, []);
  const supervisors = (officers.data?.supervisors ?? []).filter((o) => o.id !== user?.id);
  const accounts = [...(officers.data?.supervisors ?? []), ...(officers.data?.drawers ?? [])].filter(
    (o, i, all) => o.id !== user?.id && all.findIndex((x) => x.id === o.id) === i,
  );

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values?.supervisorUserId) return;
    setSaving(true);
    setRefusal(undefined);
    try {
      const witnesses = values.witnesses.map((w) => ({
        kind: w.kind,
        name: w.name.trim(),
        ...(w.userId ? { userId: w.userId } : {}),
      }));
      const answer = await announceDraw(taskId, {
        suite: values.suite,
        supervisorUserId: values.supervisorUserId,
        witnesses,
      });
      onAnnounced(answer.draw, answer.codes);
    } catch (error) {
      if (error instanceof RequestError) setRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      width={720}
      title={t('draw.announce')}
      okText={t('draw.announceConfirm')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={refusal.message}
          description={refusal.code}
        />
      )}
      <Typography.Paragraph type="secondary">{t('draw.announceExplain')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          suite: 'RDRAW-2-SHA256',
          supervisorUserId: supervisors[0]?.id,
          witnesses: [{ kind: 'media', name: '' }],
        }}
      >
        <Form.Item
          name="supervisorUserId"
          label={t('draw.supervisor')}
          rules={[{ required: true, message: t('draw.supervisorRequired') }]}
        >
          <Select
            className="announce-supervisor"
            loading={officers.loading}
            options={supervisors.map((o) => ({ value: o.id, label: `${o.displayName}（${o.unitName}）` }))}
          />
        </Form.Item>
        <Form.Item name="suite" label={t('draw.suite')}>
          <Select
            options={[
              { value: 'RDRAW-2-SHA256', label: 'RDRAW-2-SHA256' },
              { value: 'RDRAW-2-SM3', label: 'RDRAW-2-SM3（国密 SM3）' },
            ]}
          />
        </Form.Item>
        <Typography.Text strong>{t('draw.witnesses')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('draw.witnessesHelp')}
        </Typography.Paragraph>
        <Form.List name="witnesses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item name={[field.name, 'kind']} style={{ width: 150 }}>
                    <Select
                      options={WITNESS_KINDS.map((kind) => ({
                        value: kind,
                        label: t(`witnessKind.${kind}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    style={{ flex: 1 }}
                    rules={[{ required: true, whitespace: true, message: t('draw.witnessNameRequired') }]}
                  >
                    <Input id={`witness-name-${index}`} placeholder={t('draw.witnessName')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'userId']} style={{ width: 200 }}>
                    <Select
                      allowClear
                      placeholder={t('draw.witnessAccount')}
                      options={accounts.map((o) => ({ value: o.id, label: o.displayName }))}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'media', name: '' })}>
                {t('draw.addWitness')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
