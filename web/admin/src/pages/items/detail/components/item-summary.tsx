import { Descriptions } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { ItemSummary } from '../../../../services/types.ts';
import { formatDateTime } from '../../../../utils/format.ts';
import { CategoryTag, ItemStatusTags } from '../../components/item-status-tags.tsx';

export default function ItemSummaryView({ item }: { readonly item: ItemSummary }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3, xl: 4 }}
      items={[
        { key: 'code', label: t('item.code'), children: item.code },
        { key: 'unit', label: t('item.department'), children: item.unitName },
        { key: 'category', label: t('item.category'), children: <CategoryTag category={item.category} /> },
        { key: 'status', label: t('common.status'), children: <ItemStatusTags item={item} /> },
        {
          key: 'published',
          label: t('item.publishedVersion'),
          children: item.publishedVersion === null ? '—' : `v${item.publishedVersion}`,
        },
        { key: 'effective', label: t('item.effectiveFrom'), children: item.effectiveFrom ?? '—' },
        { key: 'latest', label: t('item.latestVersion'), children: `v${item.latestVersion}` },
        { key: 'updated', label: t('common.updatedAt'), children: formatDateTime(item.updatedAt) },
      ]}
    />
  );
}
