import { Descriptions, Typography } from 'antd';
import Validity from '../../../../components/validity.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { EntityDetail } from '../../../../services/types.ts';
import { formatDateTime } from '../../../../utils/format.ts';
import { EntityStatusTag, RiskClassTag, RiskFlagTags } from '../../components/entity-tags.tsx';

/** The fields of one entity; a person's ID number is shown masked, as the API returns it. */
export default function EntityDescriptions({ entity }: { readonly entity: EntityDetail }) {
  const { t } = useI18n();
  const dash = (value: string | null | undefined) => value || '—';
  const person = entity.kind === 'person';
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xxl: 3 }}
      styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
      items={[
        { key: 'name', label: person ? t('entity.personName') : t('entity.name'), children: entity.name },
        { key: 'kind', label: t('entity.kind'), children: t(`entity.kind.${entity.kind}`) },
        {
          key: 'code',
          label: person ? t('entity.maskedId') : t('entity.creditCode'),
          children: <Typography.Text code>{entity.code}</Typography.Text>,
        },
        {
          key: 'authority',
          label: t('entity.registrationAuthority'),
          children: dash(entity.registrationAuthority),
        },
        {
          key: 'legalRep',
          label: t('entity.legalRepresentative'),
          children: dash(entity.legalRepresentative),
        },
        {
          key: 'region',
          label: t('common.region'),
          children: `${entity.regionName}（${entity.regionCode}）`,
        },
        {
          key: 'address',
          label: person ? t('entity.residence') : t('entity.address'),
          span: 'filled',
          children: dash(entity.address),
        },
        { key: 'licence', label: t('entity.licenceNumber'), children: dash(entity.licenceNumber) },
        {
          key: 'validity',
          label: t('entity.licenceValidUntil'),
          children: <Validity until={entity.licenceValidUntil} />,
        },
        { key: 'industry', label: t('entity.industry'), children: dash(entity.industry) },
        {
          key: 'risk',
          label: t('entity.riskClass'),
          children: <RiskClassTag riskClass={entity.riskClass} />,
        },
        {
          key: 'flags',
          label: t('entity.riskFlags'),
          span: 2,
          children: <RiskFlagTags flags={entity.riskFlags} />,
        },
        { key: 'status', label: t('common.status'), children: <EntityStatusTag status={entity.status} /> },
        { key: 'deregisteredAt', label: t('deregister.date'), children: dash(entity.deregisteredAt) },
        {
          key: 'deregistrationReason',
          label: t('deregister.reason'),
          children: dash(entity.deregistrationReason),
        },
        { key: 'updatedAt', label: t('common.updatedAt'), children: formatDateTime(entity.updatedAt) },
      ]}
    />
  );
}
