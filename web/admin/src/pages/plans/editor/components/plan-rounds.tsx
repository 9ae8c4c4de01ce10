// Rounds as a dynamic list of date ranges: round n is the n-th row (R-18.1: at least two a year).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { DATE_FORMAT } from '../../../../utils/format.ts';
import { fieldStatus, type Problems } from './field-status.ts';

export default function PlanRounds({
  problems,
  disabled,
}: {
  readonly problems: Problems;
  readonly disabled: boolean;
}) {
  const { t } = useI18n();
  const listProblems = problems.get('rounds');
  return (
    <Form.List name="rounds">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Form.Item
              key={field.key}
              label={t('plan.roundN', { round: index + 1 })}
              {...fieldStatus(problems, `rounds.${index}`)}
            >
              <div style={{ display: 'flex', gap: 8 }}>
                <Form.Item name={[field.name, 'range']} noStyle>
                  <DatePicker.RangePicker format={DATE_FORMAT} className={`plan-round-${index}`} />
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
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ range: null })}>
              {t('plan.addRound')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
