import { Descriptions, Typography } from 'antd';
import Validity from '../../../../components/validity.tsx';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { InspectorSummary } from '../../../../services/types.ts';
import {
  AvailableTodayTag,
  InspectorStatusTag,
  LevelTag,
  QualifiedItemTags,
} from '../../components/inspector-tags.tsx';

/** The R-15.1 / R-N.4 fields of one inspector. */
export default function InspectorDescriptions({ inspector }: { readonly inspector: InspectorSummary }) {
  const { t } = useI18n();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xxl: 3 }}
      styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
      items={[
        { key: 'name', label: t('inspector.name'), children: inspector.name },
        {
          key: 'badge',
          label: t('inspector.badgeNumber'),
          children: <Typography.Text code>{inspector.badgeNumber}</Typography.Text>,
        },
        {
          key: 'status',
          label: t('common.status'),
          children: <InspectorStatusTag status={inspector.status} />,
        },
        { key: 'post', label: t('inspector.post'), children: inspector.post },
        { key: 'rank', label: t('inspector.rank'), children: inspector.rank },
        { key: 'level', label: t('inspector.level'), children: <LevelTag level={inspector.level} /> },
        { key: 'unit', label: t('inspector.unit'), children: inspector.unitName },
        {
          key: 'region',
          label: t('common.region'),
          children: `${inspector.regionName}（${inspector.regionCode}）`,
        },
        {
          key: 'today',
          label: t('inspector.availableToday'),
          children: <AvailableTodayTag available={inspector.availableToday} />,
        },
        {
          key: 'certificate',
          label: t('inspector.certificateNumber'),
          children: inspector.certificateNumber,
        },
        {
          key: 'validity',
          label: t('inspector.certificateValidUntil'),
          children: <Validity until={inspector.certificateValidUntil} />,
        },
        {
          key: 'qualified',
          label: t('inspector.qualifiedItems'),
          span: 'filled',
          children: <QualifiedItemTags codes={inspector.qualifiedItemCodes} />,
        },
      ]}
    />
  );
}
