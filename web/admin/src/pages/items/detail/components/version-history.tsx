// 版本历史: every version of the item, newest first, each readable in full.
import { Collapse, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { ItemVersion, Unit } from '../../../../services/types.ts';
import { formatDateTime } from '../../../../utils/format.ts';
import VersionView from './version-view.tsx';

interface VersionHistoryProps {
  readonly versions: readonly ItemVersion[];
  readonly inForce: number | null;
  readonly units: readonly Unit[];
}

export default function VersionHistory({ versions, inForce, units }: VersionHistoryProps) {
  const { t } = useI18n();
  if (versions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Collapse
      defaultActiveKey={[String(newestFirst[0]?.version)]}
      items={newestFirst.map((version) => ({
        key: String(version.version),
        label: (
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>v{version.version}</Typography.Text>
            {version.status === 'published' ? (
              <Tag color="green">{t('item.status.published')}</Tag>
            ) : (
              <Tag color="gold">{t('item.status.draft')}</Tag>
            )}
            {version.version === inForce && <Tag color="blue">{t('item.inForce')}</Tag>}
            {version.effectiveFrom && (
              <Typography.Text type="secondary">
                {t('item.effectiveFrom')}：{version.effectiveFrom}
              </Typography.Text>
            )}
            {version.publishedAt && (
              // publishedBy is an account id: kept at hand for tracing, not shown as a name.
              <Tooltip
                title={version.publishedBy ? `${t('item.publishedBy')}：${version.publishedBy}` : undefined}
              >
                <Typography.Text type="secondary">
                  {t('item.publishedAt')}：{formatDateTime(version.publishedAt)}
                </Typography.Text>
              </Tooltip>
            )}
          </Flex>
        ),
        children: <VersionView version={version} units={units} />,
      }))}
    />
  );
}
