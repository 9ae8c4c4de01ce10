import { QuestionCircleOutlined } from '@ant-design/icons';
import { Form, Input, Select, Tooltip } from 'antd';
import FilterBar from '../../../components/filter-bar.tsx';
import RegionSelect from '../../../components/region-select.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';

export const ENTITY_FILTER_KEYS = ['q', 'regionCode', 'riskClass', 'status', 'industry'] as const;
export type EntityFilterKey = (typeof ENTITY_FILTER_KEYS)[number];

interface EntityFiltersProps {
  readonly value: Readonly<Partial<Record<EntityFilterKey, string>>>;
  readonly onChange: (filters: Partial<Record<EntityFilterKey, string>>) => void;
}

export default function EntityFilters({ value, onChange }: EntityFiltersProps) {
  const { t } = useI18n();
  return (
    <FilterBar keys={ENTITY_FILTER_KEYS} value={value} onChange={onChange}>
      <Form.Item name="q">
        <Input
          allowClear
          placeholder={t('entities.searchPlaceholder')}
          style={{ width: 300 }}
          suffix={
            <Tooltip title={t('entities.searchHelp')}>
              <QuestionCircleOutlined
                aria-label={t('entities.searchHelp')}
                style={{ color: 'rgba(0,0,0,.45)' }}
              />
            </Tooltip>
          }
        />
      </Form.Item>
      <Form.Item name="regionCode">
        <RegionSelect placeholder={t('common.region')} />
      </Form.Item>
      <Form.Item name="riskClass">
        <Select
          allowClear
          placeholder={t('entity.riskClass')}
          style={{ width: 150 }}
          options={(['A', 'B', 'C', 'D'] as const).map((risk) => ({
            value: risk,
            label: `${risk} · ${t(`riskClass.${risk}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t('common.status')}
          style={{ width: 110 }}
          options={[
            { value: 'active', label: t('entity.status.active') },
            { value: 'deregistered', label: t('entity.status.deregistered') },
          ]}
        />
      </Form.Item>
      <Form.Item name="industry">
        <Input allowClear placeholder={t('entity.industry')} style={{ width: 140 }} />
      </Form.Item>
    </FilterBar>
  );
}
