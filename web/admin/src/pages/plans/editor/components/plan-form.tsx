// The annual plan: items, rounds, rates per risk class, teams and the draw parameters.
import { Card, Col, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { ItemSummary, Unit } from '../../../../services/types.ts';
import { fieldStatus, type Problems } from './field-status.ts';
import type { PlanFormValues } from './plan-form-values.ts';
import PlanRates from './plan-rates.tsx';
import PlanRounds from './plan-rounds.tsx';
import PlanTeams from './plan-teams.tsx';

interface PlanFormProps {
  readonly form: FormInstance<PlanFormValues>;
  readonly initialValues: PlanFormValues;
  readonly items: readonly ItemSummary[];
  readonly units: readonly Unit[];
  readonly problems: Problems;
  readonly disabled: boolean;
  /** The lead department stays as created. */
  readonly unitLocked: boolean;
}

export default function PlanForm(props: PlanFormProps) {
  const { form, initialValues, items, units, problems, disabled, unitLocked } = props;
  const { t } = useI18n();
  const numberField = (name: keyof PlanFormValues, label: string, extra?: string, min = 0) => (
    <Col xs={12} md={6}>
      <Form.Item name={name} label={label} extra={extra} {...fieldStatus(problems, name)}>
        <InputNumber<number> min={min} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Form<PlanFormValues> form={form} layout="vertical" initialValues={initialValues} disabled={disabled}>
      <Card size="small" title={t('plan.section.basic')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('plan.name')} {...fieldStatus(problems, 'name')}>
              <Input maxLength={200} placeholder={t('plan.namePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="year" label={t('plan.year')} {...fieldStatus(problems, 'year')}>
              <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="unitId" label={t('plan.unit')} {...fieldStatus(problems, 'unitId')}>
              <Select
                disabled={disabled || unitLocked}
                showSearch={{ optionFilterProp: 'label' }}
                options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="itemIds"
              label={t('plan.items')}
              extra={t('plan.itemsHelp')}
              {...fieldStatus(problems, 'itemIds')}
            >
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('plan.itemsPlaceholder')}
                options={items.map((item) => ({ value: item.id, label: `${item.code} ${item.name}` }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Row gutter={12}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('plan.section.rounds')} style={{ marginBottom: 12 }}>
            <PlanRounds problems={problems} disabled={disabled} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('plan.section.rates')} style={{ marginBottom: 12 }}>
            <PlanRates problems={problems} disabled={disabled} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('plan.section.teams')} style={{ marginBottom: 12 }}>
        <PlanTeams problems={problems} disabled={disabled} units={units} />
      </Card>
      <Card size="small" title={t('plan.section.draw')}>
        <Row gutter={16}>
          {numberField('yearlyCap', t('plan.yearlyCap'), t('plan.yearlyCapHelp'), 1)}
          {numberField('reservePerStratum', t('plan.reservePerStratum'), t('plan.reservePerStratumHelp'))}
          {numberField('inspectorReserve', t('plan.inspectorReserve'), t('plan.inspectorReserveHelp'))}
          {numberField('maxLoad', t('plan.maxLoad'), t('plan.maxLoadHelp'), 1)}
        </Row>
      </Card>
    </Form>
  );
}
