// One row per check content of the item's published checklist: 符合 / 不符合 / 不适用 and a note.
import { Card, Form, Input, Radio, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { ChecklistEntry, Finding } from '../../../../services/types.ts';

const FINDINGS: readonly Finding[] = ['compliant', 'non-compliant', 'not-applicable'];

export default function ChecklistRows({ checklist }: { readonly checklist: readonly ChecklistEntry[] }) {
  const { t } = useI18n();
  return (
    <Form.List name="rows">
      {(fields) =>
        fields.map((field, index) => {
          const entry = checklist[index];
          return (
            <Card key={field.key} size="small" style={{ marginBottom: 8 }} data-testid={`row-${entry?.code}`}>
              <Typography.Paragraph strong style={{ marginBottom: 8 }}>
                {entry?.code} · {entry?.text}
              </Typography.Paragraph>
              <Form.Item name={[field.name, 'finding']} style={{ marginBottom: 8 }}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={FINDINGS.map((f) => ({ value: f, label: t(`finding.${f}`) }))}
                />
              </Form.Item>
              <Form.Item
                noStyle
                shouldUpdate={(a: { rows?: { finding?: Finding }[] }, b: typeof a) =>
                  a.rows?.[index]?.finding !== b.rows?.[index]?.finding
                }
              >
                {({ getFieldValue }) => (
                  <Form.Item
                    name={[field.name, 'note']}
                    style={{ marginBottom: 0 }}
                    required={getFieldValue(['rows', index, 'finding']) === 'non-compliant'}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      placeholder={
                        getFieldValue(['rows', index, 'finding']) === 'non-compliant'
                          ? t('record.noteRequired')
                          : t('record.notePlaceholder')
                      }
                    />
                  </Form.Item>
                )}
              </Form.Item>
            </Card>
          );
        })
      }
    </Form.List>
  );
}
