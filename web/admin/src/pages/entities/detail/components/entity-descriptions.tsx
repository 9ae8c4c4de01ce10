import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Typography } from 'antd';
import Validity from '../../../../components/validity.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { EntityDetail } from '../../../../services/types.ts';
import { formatDateTime } from '../../../../utils/format.ts';
import { EntityStatusTag, RiskClassTag, RiskFlagTags } from '../../components/entity-tags.tsx';
import PersonalNumber from './personal-number.tsx';
import type { PersonalData } from './use-personal-data.tsx';

interface EntityDescriptionsProps {
  readonly entity: EntityDetail;
  /** The full numbers once asked for (an audited view), else null. */
  readonly full: PersonalData | null;
  /** Absent when the officer may not see full numbers. */
  readonly onReveal?: () => void;
  readonly onHide: () => void;
  /** Absent when the officer may not edit the directory. */
  readonly onEditPhone?: () => void;
}

/** The fields of one entity; a person's ID number and the phone are masked, as the API returns them. */
export default function EntityDescriptions({
  entity,
  full,
  onReveal,
  onHide,
  onEditPhone,
}: EntityDescriptionsProps) {
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
          // The number shows whether it is masked; a short label leaves it room on a phone.
          label: person ? t('entity.idNumber') : t('entity.creditCode'),
          children: person ? (
            <PersonalNumber
              masked={entity.code}
              full={full?.idNumber ?? null}
              onReveal={onReveal}
              onHide={onHide}
            />
          ) : (
            <Typography.Text code>{entity.code}</Typography.Text>
          ),
        },
        {
          key: 'contactPhone',
          label: t('entity.contactPhone'),
          children: (
            <Space size={4} wrap>
              {entity.contactPhone ? (
                <PersonalNumber
                  masked={entity.contactPhone}
                  full={full?.contactPhone ?? null}
                  onReveal={onReveal}
                  onHide={onHide}
                />
              ) : (
                '—'
              )}
              {onEditPhone && (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={onEditPhone}>
                  {t('contactPhone.edit')}
                </Button>
              )}
            </Space>
          ),
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
