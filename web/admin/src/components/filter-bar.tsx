// An inline filter form whose values follow the URL; search applies, reset clears; on a phone one field a line.
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../locales/use-i18n.ts';

type Filters<K extends string> = Partial<Record<K, string>>;

interface FilterBarProps<K extends string> {
  readonly keys: readonly K[];
  readonly value: Readonly<Filters<K>>;
  readonly onChange: (filters: Filters<K>) => void;
  /** The fields, as `Form.Item`s named by the keys. */
  readonly children: ReactNode;
}

export default function FilterBar<K extends string>({ keys, value, onChange, children }: FilterBarProps<K>) {
  const { t } = useI18n();
  const [form] = Form.useForm<Filters<K>>();

  // Follow the URL (back/forward), but only when it really changed: typing must not be overwritten.
  const applied = JSON.stringify(value);
  useEffect(() => {
    const blank = Object.fromEntries(keys.map((key) => [key, undefined]));
    form.setFieldsValue({ ...blank, ...(JSON.parse(applied) as Filters<K>) });
  }, [form, applied, keys]);

  return (
    <Form<Filters<K>>
      form={form}
      layout="inline"
      className="filter-bar"
      onFinish={onChange}
      style={{ rowGap: 8, marginBottom: 12 }}
    >
      {children}
      <Form.Item className="filter-bar-action">
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item className="filter-bar-action">
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
