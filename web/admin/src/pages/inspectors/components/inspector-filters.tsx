import { Form, Input, Select } from 'antd';
import FilterBar from '../../../components/filter-bar.tsx';
import RegionSelect from '../../../components/region-select.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';

export const INSPECTOR_FILTER_KEYS = ['q', 'regionCode', 'level', 'status'] as const;
export type InspectorFilterKey = (typeof INSPECTOR_FILTER_KEYS)[number];

interface InspectorFiltersProps {
  readonly value: Readonly<Partial<Record<InspectorFilterKey, string>>>;
  readonly onChange: (filters: Partial<Record<InspectorFilterKey, string>>) => void;
}

export default function InspectorFilters({ value, onChange }: InspectorFiltersProps) {
  const { t } = useI18n();
  return (
    <FilterBar keys={INSPECTOR_FILTER_KEYS} value={value} onChange={onChange}>
      <Form.Item name="q">
        <Input allowClear placeholder={t('inspectors.searchPlaceholder')} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="regionCode">
        <RegionSelect placeholder={t('common.region')} />
      </Form.Item>
      <Form.Item name="level">
        <Select
          allowClear
          placeholder={t('inspector.level')}
          style={{ width: 120 }}
          options={(['city', 'district', 'station'] as const).map((level) => ({
            value: level,
            label: t(`inspector.level.${level}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t('common.status')}
          style={{ width: 110 }}
          options={(['active', 'transferred', 'retired'] as const).map((status) => ({
            value: status,
            label: t(`inspector.status.${status}`),
          }))}
        />
      </Form.Item>
    </FilterBar>
  );
}
