// 检查报告: findings of every method used, opinion, result code, non-cooperation, handling, follow-ups.
import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Row, Select, Switch } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { InspectionMethod, ResultCodeOption } from '../../../services/types.ts';
import { FOLLOW_UP_KINDS, NON_COOPERATION, type ReportFormValues } from './report-form-values.ts';

interface ReportFormProps {
  readonly methods: readonly InspectionMethod[];
  readonly codes: readonly ResultCodeOption[];
  readonly initialValues: ReportFormValues;
  readonly problems: readonly string[];
  readonly submitting: boolean;
  readonly onSubmit: (values: ReportFormValues) => void;
}

export default function ReportForm(props: ReportFormProps) {
  const { methods, codes, initialValues, problems, submitting, onSubmit } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<ReportFormValues>();
  const handling = Form.useWatch('handlingKind', form) ?? initialValues.handlingKind;
  const nonCooperation = Form.useWatch('nonCooperation', form) ?? initialValues.nonCooperation;

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      size="large"
      initialValues={initialValues}
      onFinish={() => onSubmit(form.getFieldsValue(true) as ReportFormValues)}
    >
      <Card size="small" title={t('report.section.findings')} style={{ marginBottom: 12 }}>
        {methods.map((m) => (
          <Form.Item key={m} name={['findings', m]} label={t(`method.${m}`)} required>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        ))}
        <Form.Item name="opinion" label={t('report.opinion')} required extra={t('report.opinionHelp')}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="resultCode" label={t('report.resultCode')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={codes.map((c) => ({ value: c.code, label: c.label }))}
          />
        </Form.Item>
      </Card>
      <Card size="small" title={t('report.section.nonCooperation')} style={{ marginBottom: 12 }}>
        <Form.Item name="nonCooperation">
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={NON_COOPERATION.map((k) => ({ value: k, label: t(`nonCooperation.${k}`) }))}
          />
        </Form.Item>
        {nonCooperation.includes('other-obstruction') && (
          <Form.Item name="otherDescription" label={t('report.otherDescription')} required>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        )}
      </Card>
      <Card size="small" title={t('report.section.handling')} style={{ marginBottom: 12 }}>
        <Form.Item name="handlingKind">
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={(['none', 'own-case', 'transferred', 'criminal-referral'] as const).map((k) => ({
              value: k,
              label: t(`handling.${k}`),
            }))}
          />
        </Form.Item>
        {handling === 'own-case' && (
          <Form.Item name="caseNumber" label={t('report.caseNumber')} required>
            <Input />
          </Form.Item>
        )}
        {handling === 'transferred' && (
          <Form.Item name="recipientDepartment" label={t('report.recipientDepartment')} required>
            <Input />
          </Form.Item>
        )}
        {handling === 'criminal-referral' && (
          <Form.Item name="recipientUnit" label={t('report.recipientUnit')}>
            <Input />
          </Form.Item>
        )}
        <Form.List name="followUps">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="middle">
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 4 }}>
                      <Select
                        placeholder={t('report.followUpKind')}
                        options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`followUp.kind.${k}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={13}>
                    <Form.Item name={[field.name, 'note']} style={{ marginBottom: 4 }}>
                      <Input placeholder={t('report.followUpNote')} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('common.delete')}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ note: '' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('report.addFollowUp')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('report.section.privacy')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="touchesTradeSecret"
              label={t('report.touchesTradeSecret')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="touchesPrivacy" label={t('report.touchesPrivacy')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12, whiteSpace: 'pre-line' }}
          title={t('report.refused')}
          description={problems.join('\n')}
        />
      )}
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={submitting} block>
        {t('report.submit')}
      </Button>
    </Form>
  );
}
