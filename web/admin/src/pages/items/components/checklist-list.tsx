// 检查内容: the checklist a check form may draw from.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';

export default function ChecklistList({ disabled }: { readonly disabled: boolean }) {
  const { t } = useI18n();
  return (
    <Form.List name="checklist">
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name }) => (
            <Row key={key} gutter={8} align="top">
              <Col flex="120px">
                <Form.Item
                  style={{ marginBottom: 8 }}
                  name={[name, 'code']}
                  rules={[{ required: true, whitespace: true, message: t('item.checkCodeRequired') }]}
                >
                  <Input placeholder={t('item.checkCode')} maxLength={20} />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item
                  style={{ marginBottom: 8 }}
                  name={[name, 'text']}
                  rules={[{ required: true, whitespace: true, message: t('item.checkTextRequired') }]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('item.checkText')} />
                </Form.Item>
              </Col>
              {!disabled && (
                <Col flex="32px">
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(name)}
                  />
                </Col>
              )}
            </Row>
          ))}
          {!disabled && (
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ code: String(fields.length + 1).padStart(2, '0'), text: '' })}
            >
              {t('item.addCheck')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
