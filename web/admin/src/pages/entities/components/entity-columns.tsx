import { Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import { Link } from 'react-router';
import Validity from '../../../components/validity.tsx';
import type { Translate } from '../../../locales/index.ts';
import type { EntitySummary } from '../../../services/types.ts';
import { EntityStatusTag, RiskClassTag, RiskFlagTags } from './entity-tags.tsx';

/** The name stays on the left; on a phone the code, licence and risk flags give way to it. */
export function entityColumns(t: Translate): ColumnsType<EntitySummary> {
  return [
    {
      title: t('entity.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 230,
      render: (name: string, entity) => (
        <Link to={`/entities/${entity.id}`}>
          {name}
          {entity.kind === 'person' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              ({t('entity.kind.person')})
            </Typography.Text>
          )}
        </Link>
      ),
    },
    {
      title: t('entity.code'),
      dataIndex: 'code',
      width: 180,
      responsive: ['md'],
      render: (code: string, entity) => (
        <Tooltip title={entity.kind === 'person' ? t('entity.maskedId') : t('entity.creditCode')}>
          <Typography.Text code style={{ fontSize: 12 }}>
            {code}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('entity.contactPhone'),
      dataIndex: 'contactPhone',
      width: 130,
      responsive: ['xl'],
      render: (phone: string | null) => phone || '—',
    },
    { title: t('common.region'), dataIndex: 'regionName', width: 90, ellipsis: true, responsive: ['sm'] },
    { title: t('entity.industry'), dataIndex: 'industry', width: 110, ellipsis: true, responsive: ['md'] },
    {
      title: t('entity.riskClass'),
      dataIndex: 'riskClass',
      width: 76,
      align: 'center',
      render: (_: unknown, entity) => <RiskClassTag riskClass={entity.riskClass} />,
    },
    {
      title: t('entity.riskFlags'),
      dataIndex: 'riskFlags',
      width: 200,
      responsive: ['lg'],
      render: (_: unknown, entity) => <RiskFlagTags flags={entity.riskFlags} />,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 96,
      render: (_: unknown, entity) => <EntityStatusTag status={entity.status} />,
    },
    {
      title: t('entity.licenceNumber'),
      dataIndex: 'licenceNumber',
      width: 170,
      responsive: ['lg'],
      ellipsis: true,
      render: (n: string | null) => n || '—',
    },
    {
      title: t('entity.licenceValidUntil'),
      dataIndex: 'licenceValidUntil',
      width: 130,
      responsive: ['md'],
      render: (until: string | null) => <Validity until={until} />,
    },
  ];
}
