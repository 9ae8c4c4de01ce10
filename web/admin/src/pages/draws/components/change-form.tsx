// 申请变更: a written application with reason and evidence; a leader's approval applies it.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { DrawDetail } from '../../../services/types.ts';
import { fileToBase64 } from '../../../utils/base64.ts';
import { applyForChange } from '../service.ts';

const MAX_FILES = 5;
const MAX_BYTES = 2 * 1024 * 1024;

interface Values {
  kind: 'entity' | 'inspector';
  out?: string;
  entity?: string;
  reason: string;
}

interface ChangeFormProps {
  readonly draw: DrawDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onApplied: () => void;
}

export default function ChangeForm({ draw, open, onClose, onApplied }: ChangeFormProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'entity';
  const teamEntity = Form.useWatch('entity', form);
  const entityName = (id: string) => `${draw.names.entities[id] ?? id}（${id}）`;
  const selected = (draw.current?.strata ?? []).flatMap((s) => s.selected);
  const team = draw.current?.teams.find((x) => x.entity === teamEntity);
  const members = (team?.pools ?? []).flatMap((pool) =>
    pool.inspectors.map((badge) => ({ badge, pool: pool.pool })),
  );
  const tooBig = files.find((f) => (f.size ?? 0) > MAX_BYTES);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values?.out || files.length === 0 || tooBig) return;
    setSaving(true);
    try {
      const evidence = await Promise.all(
        files.map(async (f) => ({
          fileName: f.name,
          contentBase64: await fileToBase64(f.originFileObj ?? new Blob()),
        })),
      );
      const pool = members.find((m) => m.badge === values.out)?.pool;
      await applyForChange(draw.id, {
        kind: values.kind,
        out: values.out,
        ...(values.kind === 'inspector' ? { entity: values.entity, pool } : {}),
        reason: values.reason.trim(),
        evidence,
      });
      void message.success(t('change.applied'));
      setFiles([]);
      onApplied();
    } catch {
      // Shown by the request error handler (not-selected, replacement-list-exhausted …).
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      width={640}
      title={t('change.apply')}
      okText={t('change.submit')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('change.explain')} />
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'entity' }} preserve={false}>
        <Form.Item name="kind" label={t('change.kind')}>
          <Radio.Group
            optionType="button"
            onChange={() => form.setFieldsValue({ out: undefined, entity: undefined })}
            options={[
              { value: 'entity', label: t('change.kind.entity') },
              { value: 'inspector', label: t('change.kind.inspector') },
            ]}
          />
        </Form.Item>
        {kind === 'inspector' && (
          <Form.Item name="entity" label={t('change.team')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(draw.current?.teams ?? []).map((x) => ({
                value: x.entity,
                label: entityName(x.entity),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="out"
          label={t('change.out')}
          rules={[{ required: true, message: t('change.outRequired') }]}
        >
          <Select
            className="change-out"
            showSearch={{ optionFilterProp: 'label' }}
            options={
              kind === 'entity'
                ? selected.map((id) => ({ value: id, label: entityName(id) }))
                : members.map((m) => ({
                    value: m.badge,
                    label: `${draw.names.inspectors[m.badge] ?? ''}（${m.badge}）`,
                  }))
            }
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('change.reason')}
          rules={[{ required: true, whitespace: true, message: t('change.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} placeholder={t('change.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('change.evidence')}
          required
          extra={t('change.evidenceHelp')}
          validateStatus={tooBig || files.length === 0 ? 'warning' : undefined}
          help={tooBig ? t('change.evidenceTooBig', { name: tooBig.name }) : undefined}
        >
          <Upload
            multiple
            maxCount={MAX_FILES}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList.slice(0, MAX_FILES))}
          >
            <Button icon={<UploadOutlined />}>{t('change.addEvidence')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
