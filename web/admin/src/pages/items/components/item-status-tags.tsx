import { Tag } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { ItemCategory, ItemSummary } from '../../../services/types.ts';

/** 草稿 / 已发布, plus a note when a published item has a newer draft. */
export function ItemStatusTags({ item }: { readonly item: ItemSummary }) {
  const { t } = useI18n();
  const pendingDraft = item.publishedVersion !== null && item.latestVersion > item.publishedVersion;
  return (
    <>
      {item.status === 'published' ? (
        <Tag color="green">{t('item.status.published')}</Tag>
      ) : (
        <Tag color="gold">{t('item.status.draft')}</Tag>
      )}
      {pendingDraft && <Tag color="orange">{t('item.pendingDraft', { version: item.latestVersion })}</Tag>}
    </>
  );
}

export function CategoryTag({ category }: { readonly category: ItemCategory }) {
  const { t } = useI18n();
  return category === 'priority' ? (
    <Tag color="red">{t('item.category.priority')}</Tag>
  ) : (
    <Tag>{t('item.category.general')}</Tag>
  );
}
