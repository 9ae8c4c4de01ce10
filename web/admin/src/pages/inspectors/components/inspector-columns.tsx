import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import { Link } from 'react-router';
import Validity from '../../../components/validity.tsx';
import type { Translate } from '../../../locales/index.ts';
import type { InspectorSummary } from '../../../services/types.ts';
import { AvailableTodayTag, InspectorStatusTag, LevelTag, QualifiedItemTags } from './inspector-tags.tsx';

/** Who can be drawn today comes first; the qualification list, the widest, comes last; a phone keeps the essentials. */
export function inspectorColumns(t: Translate): ColumnsType<InspectorSummary> {
  return [
    {
      title: t('inspector.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 90,
      render: (name: string, inspector) => <Link to={`/inspectors/${inspector.id}`}>{name}</Link>,
    },
    {
      title: t('inspector.badgeNumber'),
      dataIndex: 'badgeNumber',
      width: 90,
      responsive: ['sm'],
      render: (badge: string) => <Typography.Text code>{badge}</Typography.Text>,
    },
    {
      title: t('inspector.availableToday'),
      dataIndex: 'availableToday',
      width: 90,
      render: (available: boolean) => <AvailableTodayTag available={available} />,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 76,
      render: (_: unknown, inspector) => <InspectorStatusTag status={inspector.status} />,
    },
    {
      title: t('inspector.level'),
      dataIndex: 'level',
      width: 86,
      responsive: ['md'],
      render: (_: unknown, inspector) => <LevelTag level={inspector.level} />,
    },
    { title: t('inspector.post'), dataIndex: 'post', width: 90, ellipsis: true, responsive: ['lg'] },
    { title: t('inspector.rank'), dataIndex: 'rank', width: 90, ellipsis: true, responsive: ['lg'] },
    { title: t('inspector.unit'), dataIndex: 'unitName', width: 150, ellipsis: true, responsive: ['lg'] },
    { title: t('common.region'), dataIndex: 'regionName', width: 84, ellipsis: true, responsive: ['md'] },
    {
      title: t('inspector.certificateNumber'),
      dataIndex: 'certificateNumber',
      width: 130,
      responsive: ['lg'],
    },
    {
      title: t('inspector.certificateValidUntil'),
      dataIndex: 'certificateValidUntil',
      width: 128,
      responsive: ['sm'],
      render: (until: string) => <Validity until={until} />,
    },
    {
      title: t('inspector.qualifiedItems'),
      dataIndex: 'qualifiedItemCodes',
      width: 220,
      responsive: ['md'],
      render: (_: unknown, inspector) => <QualifiedItemTags codes={inspector.qualifiedItemCodes} max={2} />,
    },
  ];
}
