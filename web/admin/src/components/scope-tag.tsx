// Says a list is narrowed to the dashboard's unit and year, and lets the officer widen it again.
import { Tag } from 'antd';
import { useRequest } from '../hooks/use-request.ts';
import { useI18n } from '../locales/use-i18n.ts';
import { fetchUnits } from '../services/regions.ts';

export default function ScopeTag(props: {
  readonly unitId?: string;
  readonly year?: string;
  readonly onClear: () => void;
}) {
  const { t } = useI18n();
  const { data: units } = useRequest(fetchUnits, []);
  if (!props.unitId && !props.year) return null;
  const unit = units?.find((u) => u.id === props.unitId)?.name ?? '';
  const text = [unit, props.year ? t('scope.year', { year: props.year }) : ''].filter(Boolean).join(' · ');
  return (
    <Tag
      closable
      color="blue"
      onClose={props.onClear}
      data-testid="scope-tag"
      style={{ alignSelf: 'center' }}
    >
      {t('scope.label', { scope: text })}
    </Tag>
  );
}
