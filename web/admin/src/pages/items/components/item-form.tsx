// The form of one item version: used to create an item and to edit its draft; read-only for others.
import {
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  type FormInstance,
} from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Unit } from '../../../services/types.ts';
import ChecklistList from './checklist-list.tsx';
import type { ItemFormValues } from './item-form-values.ts';
import LegalBasisList from './legal-basis-list.tsx';

/** The legal-basis section, so a refused publication can lead straight to it. */
export const LEGAL_BASIS_ANCHOR = 'item-legal-basis';

interface ItemFormProps {
  readonly form: FormInstance<ItemFormValues>;
  readonly initialValues: Partial<ItemFormValues>;
  readonly units: readonly Unit[];
  readonly disabled?: boolean;
  /** The code of a published item stays as it is. */
  readonly codeLocked?: boolean;
}

export default function ItemForm({
  form,
  initialValues,
  units,
  disabled = false,
  codeLocked = false,
}: ItemFormProps) {
  const { t } = useI18n();
  const ratio = Form.useWatch('ratioPercent', form);
  const rounds = Form.useWatch('roundsPerYear', form);
  const higherRule = Form.useWatch('higherRule', form);
  const belowMinimum = (ratio ?? 0) < 2 || (rounds ?? 0) < 2;
  const minimumNote = belowMinimum && !higherRule?.trim() ? t('item.minimumWarning') : t('item.minimumNote');

  return (
    <Form<ItemFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={disabled}
      scrollToFirstError
    >
      <Card size="small" title={t('item.section.basic')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="code" label={t('item.code')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={32} disabled={disabled || codeLocked} placeholder="ZA-001" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('item.name')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="category" label={t('item.category')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'priority', label: t('item.category.priority') },
                  { value: 'general', label: t('item.category.general') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('item.unit')} rules={[{ required: true }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="objectType"
              label={t('item.objectType')}
              tooltip={t('item.objectTypeHelp')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={60} placeholder={t('item.objectTypePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card
        id={LEGAL_BASIS_ANCHOR}
        size="small"
        title={t('item.section.legalBasis')}
        style={{ marginBottom: 12 }}
      >
        <LegalBasisList disabled={disabled} />
      </Card>

      <Card size="small" title={t('item.section.requirements')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="ratioPercent" label={t('item.ratio')} rules={[{ required: true }]}>
              <InputNumber min={0.01} max={100} step={0.5} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="roundsPerYear" label={t('item.rounds')} rules={[{ required: true }]}>
              <InputNumber min={1} max={12} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="needsEntityDirectory"
              label={t('item.needsEntityDirectory')}
              valuePropName="checked"
              extra={t('item.needsEntityDirectoryHelp')}
            >
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="methods"
              label={t('item.methods')}
              rules={[{ required: true, type: 'array', min: 1, message: t('item.methodsRequired') }]}
            >
              <Checkbox.Group
                options={[
                  { value: 'on-site', label: t('method.on-site') },
                  { value: 'document', label: t('method.document') },
                  { value: 'online', label: t('method.online') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="higherRule" label={t('item.higherRule')} extra={minimumNote}>
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder={t('item.higherRulePlaceholder')}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('item.section.checklist')} style={{ marginBottom: 12 }}>
        <ChecklistList disabled={disabled} />
      </Card>

      <Card size="small" title={t('item.section.procedure')}>
        <Form.Item
          name="procedure"
          rules={[{ required: true, whitespace: true }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            placeholder={t('item.procedurePlaceholder')}
          />
        </Form.Item>
      </Card>
    </Form>
  );
}
