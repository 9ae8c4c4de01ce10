// Rates per risk class A–D for every region, plus optional region overrides (R-N.2, R-18.1, R-18.3).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import RegionSelect from '../../../../components/region-select.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { fieldStatus, type Problems } from './field-status.ts';
import { RISK_CLASSES } from './plan-form-values.ts';

const percentInput = (
  <InputNumber<number> min={0.01} max={100} step={0.5} precision={2} suffix="%" style={{ width: '100%' }} />
);

export default function PlanRates({
  problems,
  disabled,
}: {
  readonly problems: Problems;
  readonly disabled: boolean;
}) {
  const { t } = useI18n();
  const listProblems = problems.get('rates');
  return (
    <>
      <Row gutter={16}>
        {RISK_CLASSES.map((cls, index) => (
          <Col key={cls} xs={12} md={6}>
            <Form.Item
              name={['baseRates', cls]}
              label={`${cls} · ${t(`riskClass.${cls}`)}（G${index + 1}）`}
              {...fieldStatus(problems, `baseRates.${cls}`)}
            >
              {percentInput}
            </Form.Item>
          </Col>
        ))}
      </Row>
      {listProblems && (
        <Typography.Text type="danger" className="plan-problem" style={{ display: 'block', marginBottom: 8 }}>
          {listProblems.join('；')}
        </Typography.Text>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('plan.ratesHelp')}
      </Typography.Paragraph>
      <Form.List name="overrides">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Form.Item
                key={field.key}
                {...fieldStatus(problems, `overrides.${index}`)}
                style={{ marginBottom: 8 }}
              >
                <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography.Text>{t('plan.override')}</Typography.Text>
                  <Form.Item name={[field.name, 'regionCode']} noStyle>
                    <RegionSelect style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'riskClass']} noStyle>
                    <Select
                      style={{ width: 150 }}
                      options={RISK_CLASSES.map((cls) => ({
                        value: cls,
                        label: `${cls} · ${t(`riskClass.${cls}`)}`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'percent']} noStyle>
                    <InputNumber<number>
                      min={0.01}
                      max={100}
                      step={0.5}
                      precision={2}
                      suffix="%"
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  {!disabled && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </div>
              </Form.Item>
            ))}
            {!disabled && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ riskClass: 'C', percent: 10 })}
              >
                {t('plan.addOverride')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </>
  );
}
