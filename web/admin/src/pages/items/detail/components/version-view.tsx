// One item version, read-only (old versions stay readable, R-7.2).
import { Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { ChecklistEntry, ItemVersion, LegalBasis, Unit } from '../../../../services/types.ts';
import { CategoryTag } from '../../components/item-status-tags.tsx';

export default function VersionView({
  version,
  units,
}: {
  readonly version: ItemVersion;
  readonly units: readonly Unit[];
}) {
  const { t } = useI18n();
  const unitName = units.find((unit) => unit.id === version.unitId)?.name ?? version.unitId;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xxl: 3 }}
      styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
      items={[
        { key: 'code', label: t('item.code'), children: version.code },
        { key: 'name', label: t('item.name'), children: version.name },
        { key: 'unit', label: t('item.department'), children: unitName },
        { key: 'category', label: t('item.category'), children: <CategoryTag category={version.category} /> },
        { key: 'objectType', label: t('item.objectType'), children: version.objectType },
        {
          key: 'needsEntityDirectory',
          label: t('item.needsEntityDirectory'),
          children: version.needsEntityDirectory ? t('common.yes') : t('common.no'),
        },
        { key: 'ratio', label: t('item.ratio'), children: `${version.ratioPercent}%` },
        { key: 'rounds', label: t('item.rounds'), children: version.roundsPerYear },
        {
          key: 'methods',
          label: t('item.methods'),
          children: version.methods.map((method) => <Tag key={method}>{t(`method.${method}`)}</Tag>),
        },
        {
          key: 'legalBasis',
          label: t('item.section.legalBasis'),
          span: 'filled',
          children: version.legalBasis.length ? (
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              {version.legalBasis.map((basis: LegalBasis, index) => (
                <li key={index}>
                  {basis.law} {basis.article}
                </li>
              ))}
            </ol>
          ) : (
            <Typography.Text type="danger">{t('item.legalBasisEmpty')}</Typography.Text>
          ),
        },
        {
          key: 'checklist',
          label: t('item.section.checklist'),
          span: 'filled',
          children: version.checklist.length ? (
            <Table<ChecklistEntry>
              size="small"
              pagination={false}
              rowKey="code"
              dataSource={[...version.checklist]}
              columns={[
                { title: t('item.checkCode'), dataIndex: 'code', width: 100 },
                { title: t('item.checkText'), dataIndex: 'text' },
              ]}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        },
        {
          key: 'procedure',
          label: t('item.section.procedure'),
          span: 'filled',
          children: <div style={{ whiteSpace: 'pre-wrap' }}>{version.procedure || '—'}</div>,
        },
        {
          key: 'higherRule',
          label: t('item.higherRule'),
          span: 'filled',
          children: version.higherRule ?? '—',
        },
      ]}
    />
  );
}
