// 法律依据: the law / regulation / rule and its article; without one an item cannot be published.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';

export default function LegalBasisList({ disabled }: { readonly disabled: boolean }) {
  const { t } = useI18n();
  return (
    <Form.List name="legalBasis">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
              {t('item.legalBasisEmpty')}
            </Typography.Paragraph>
          )}
          {fields.map(({ key, name }, index) => (
            <Row key={key} gutter={8} align="top">
              <Col flex="28px" style={{ paddingTop: 5 }}>
                <Typography.Text type="secondary">{index + 1}.</Typography.Text>
              </Col>
              <Col flex="auto">
                <Form.Item
                  style={{ marginBottom: 8 }}
                  name={[name, 'law']}
                  rules={[{ required: true, whitespace: true, message: t('item.lawRequired') }]}
                >
                  <Input placeholder={t('item.lawPlaceholder')} maxLength={200} />
                </Form.Item>
              </Col>
              <Col flex="220px">
                <Form.Item name={[name, 'article']} style={{ marginBottom: 8 }}>
                  <Input placeholder={t('item.articlePlaceholder')} maxLength={100} />
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
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ law: '', article: '' })}>
              {t('item.addLegalBasis')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
