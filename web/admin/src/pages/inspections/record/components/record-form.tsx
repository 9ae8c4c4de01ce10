// 检查登记表 (draft): phone-first form, kept on the phone at every change and saved to the server (R-10.1 … ).
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useCurrentUser } from '../../../../current-user.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { RequestError } from '../../../../request.ts';
import { describeDetails } from '../../../../requestErrorConfig.ts';
import type { AttachmentRef, InspectionRecord } from '../../../../services/types.ts';
import { DATE_FORMAT, formatDateTime } from '../../../../utils/format.ts';
import { submitRecord } from '../../service.ts';
import Attachments from './attachments-card.tsx';
import ChecklistRows from './checklist-rows.tsx';
import { clearLocalDraft, type RecordFormValues } from './record-draft.ts';
import SignaturesSection from './signatures-section.tsx';
import { placeProblems } from './submit-problems.ts';
import SyncStatus from './sync-status.tsx';
import { useRecordDraft } from './use-record-draft.ts';

interface RecordFormProps {
  readonly record: InspectionRecord;
  readonly onSubmitted: (record: InspectionRecord) => void;
}

const footerStyle = {
  position: 'sticky',
  bottom: 0,
  zIndex: 10,
  background: '#fff',
  padding: '10px 12px',
  borderTop: '1px solid #eee',
  boxShadow: '0 -2px 8px rgba(0,0,0,0.06)',
} as const;

export default function RecordForm({ record, onSubmitted }: RecordFormProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useCurrentUser();
  const [form] = Form.useForm<RecordFormValues>();
  const draft = useRecordDraft(record);
  const [attachments, setAttachments] = useState<readonly AttachmentRef[]>(record.attachments);
  const [problems, setProblems] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  const onSite = Form.useWatch('methods', form)?.includes('on-site') ?? false;
  const present = Form.useWatch('present', form) ?? draft.initialValues.present;

  const submit = async () => {
    setSubmitting(true);
    setProblems([]);
    try {
      if (!(await draft.flush())) {
        setProblems([t('record.submitNeedsNetwork')]);
        return;
      }
      const submitted = await submitRecord(record.id, user!.id);
      clearLocalDraft(record.id);
      void message.success(t('record.submitted'));
      onSubmitted(submitted);
    } catch (error) {
      if (error instanceof RequestError) {
        // Problems of a form field show at that field, the page scrolled to the first; the rest above the buttons.
        const { atFields, elsewhere } = placeProblems(error.details);
        form.setFields(atFields.map((p) => ({ name: p.name as never, errors: p.messages })));
        const rest = atFields.length || elsewhere.length ? elsewhere : describeDetails(error.details);
        setProblems(rest.length || atFields.length ? rest : [error.message]);
        if (atFields[0]) form.scrollToField(atFields[0].name, { block: 'center', behavior: 'smooth' });
        else requestAnimationFrame(() => problemsRef.current?.scrollIntoView({ block: 'center' }));
      } else setProblems([t('signingKeys.signFailed')]);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<RecordFormValues>
      form={form}
      layout="vertical"
      size="large"
      initialValues={draft.initialValues}
      onValuesChange={() => draft.changeValues(form.getFieldsValue(true) as RecordFormValues)}
    >
      {draft.restoredAt && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('record.localDraft')}
          description={t('record.localDraftText', { at: formatDateTime(draft.restoredAt) })}
        />
      )}
      <Card size="small" title={t('record.section.basics')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="checkedOn"
              label={t('record.checkedOn')}
              required
              // The draft keeps the date as text (YYYY-MM-DD); the picker works on dayjs values.
              getValueProps={(value?: string | null) => ({ value: value ? dayjs(value) : null })}
              normalize={(value?: Dayjs | null) => (value ? value.format(DATE_FORMAT) : null)}
            >
              <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="methods" label={t('record.methods')} required>
              <Checkbox.Group
                options={record.allowedMethods.map((m) => ({ value: m, label: t(`method.${m}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('record.section.team')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="present"
              label={t('record.present')}
              extra={onSite ? t('record.presentHelp') : undefined}
            >
              <Checkbox.Group
                options={record.team.map((m) => ({
                  value: m.badgeNumber,
                  label: `${m.name}（${m.badgeNumber}）`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="responsibleBadgeNumber" label={t('record.responsible')} required>
              <Select
                options={record.team
                  .filter((m) => present.includes(m.badgeNumber))
                  .map((m) => ({ value: m.badgeNumber, label: `${m.name}（${m.badgeNumber}）` }))}
              />
            </Form.Item>
          </Col>
          {onSite && (
            <Col span={24}>
              <Form.Item
                name="policeIdShown"
                label={t('record.policeIdShown')}
                valuePropName="checked"
                required
              >
                <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Card>
      <Card size="small" title={t('record.section.rows')} style={{ marginBottom: 12 }}>
        <ChecklistRows checklist={record.checklist} />
      </Card>
      <Card size="small" title={t('record.section.attachments')} style={{ marginBottom: 12 }}>
        <Attachments
          recordId={record.id}
          attachments={attachments}
          onAdded={(a) => setAttachments((list) => [...list, a])}
        />
      </Card>
      <Card size="small" title={t('record.section.signatures')} style={{ marginBottom: 12 }}>
        <SignaturesSection
          recordId={record.id}
          team={record.team}
          signatures={draft.signatures}
          setSignature={draft.setSignature}
        />
      </Card>
      <div ref={problemsRef} />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12, whiteSpace: 'pre-line' }}
          title={t('record.submitRefused')}
          description={problems.join('\n')}
          data-testid="submit-problems"
        />
      )}
      <Flex style={footerStyle} gap={8} wrap align="center" justify="space-between">
        <SyncStatus sync={draft.sync} />
        <Flex gap={8}>
          <Button icon={<SaveOutlined />} onClick={() => void draft.flush()}>
            {t('record.saveDraft')}
          </Button>
          <Button type="primary" icon={<SendOutlined />} loading={submitting} onClick={() => void submit()}>
            {t('record.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
