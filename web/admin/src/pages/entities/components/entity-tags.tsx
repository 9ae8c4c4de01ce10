import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { EntityStatus, RiskClass } from '../../../services/types.ts';

const riskColors: Readonly<Record<RiskClass, string>> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** Credit-risk class A–D, A lowest risk (R-N.2): shown to officers, never published. */
export function RiskClassTag({ riskClass }: { readonly riskClass: RiskClass }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t(`riskClass.${riskClass}`)}>
      <Tag color={riskColors[riskClass]}>{riskClass}</Tag>
    </Tooltip>
  );
}

/** The six risk circumstances of; an unknown code is shown as it comes. */
export function RiskFlagTags({ flags }: { readonly flags: readonly string[] }) {
  const { tOr } = useI18n();
  if (flags.length === 0) return <span style={{ color: '#999' }}>—</span>;
  return (
    <>
      {flags.map((flag) => (
        <Tag key={flag} color="volcano" style={{ marginBottom: 2 }}>
          {tOr(`riskFlag.${flag}`, flag)}
        </Tag>
      ))}
    </>
  );
}

export function EntityStatusTag({ status }: { readonly status: EntityStatus }) {
  const { t } = useI18n();
  return status === 'active' ? (
    <Tag color="green">{t('entity.status.active')}</Tag>
  ) : (
    <Tag color="default">{t('entity.status.deregistered')}</Tag>
  );
}
