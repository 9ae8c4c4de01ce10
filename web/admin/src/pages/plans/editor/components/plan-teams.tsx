// The team per entity: one row per department (R-19.3: single department ≥ 2; joint: each ≥ 1, Σ ≥ 2).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { Unit } from '../../../../services/types.ts';
import type { Problems } from './field-status.ts';

interface PlanTeamsProps {
  readonly problems: Problems;
  readonly disabled: boolean;
  readonly units: readonly Unit[];
}

export default function PlanTeams({ problems, disabled, units }: PlanTeamsProps) {
  const { t } = useI18n();
  const listProblems = problems.get('teams');
  return (
    <Form.List name="teams">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <div key={field.key} style={{ display: 'flex', gap: 8, marginBottom: 8, alignItems: 'center' }}>
              <Form.Item name={[field.name, 'unitId']} noStyle>
                <Select
                  style={{ width: 380 }}
                  placeholder={t('plan.teamUnit')}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'size']} noStyle>
                <InputNumber<number>
                  min={1}
                  max={10}
                  precision={0}
                  suffix={t('plan.persons')}
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
          ))}
          {listProblems && (
            <Typography.Text
              type="danger"
              className="plan-problem"
              style={{ display: 'block', marginBottom: 8 }}
            >
              {listProblems.join('；')}
            </Typography.Text>
          )}
          {!disabled && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ size: 1 })}>
              {t('plan.addTeam')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
