import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { InspectorLevel, InspectorStatus } from '../../../services/types.ts';

const statusColors: Readonly<Record<InspectorStatus, string>> = {
  active: 'green',
  transferred: 'orange',
  retired: 'default',
};

export function InspectorStatusTag({ status }: { readonly status: InspectorStatus }) {
  const { t } = useI18n();
  return <Tag color={statusColors[status]}>{t(`inspector.status.${status}`)}</Tag>;
}

export function LevelTag({ level }: { readonly level: InspectorLevel }) {
  const { t } = useI18n();
  return <Tag>{t(`inspector.level.${level}`)}</Tag>;
}

export function AvailableTodayTag({ available }: { readonly available: boolean }) {
  const { t } = useI18n();
  return available ? (
    <Tag color="success">{t('inspector.available')}</Tag>
  ) : (
    <Tag color="error">{t('inspector.unavailable')}</Tag>
  );
}

/** Item codes the inspector is qualified for; with `max`, the rest folds into a “+n” tag. */
export function QualifiedItemTags({
  codes,
  max,
}: {
  readonly codes: readonly string[];
  readonly max?: number;
}) {
  if (codes.length === 0) return <span style={{ color: '#999' }}>—</span>;
  const shown = max === undefined ? codes : codes.slice(0, max);
  const rest = codes.slice(shown.length);
  return (
    <>
      {shown.map((code) => (
        <Tag key={code} color="geekblue" style={{ marginBottom: 2 }}>
          {code}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.join('、')}>
          <Tag style={{ marginBottom: 2 }}>+{rest.length}</Tag>
        </Tooltip>
      )}
    </>
  );
}
