import { Tag, Tooltip } from 'antd';
import { useI18n } from '../locales/use-i18n.ts';
import { isExpired } from '../utils/format.ts';

/** A validity date; red when it has passed (licence, enforcement certificate). */
export default function Validity({ until }: { readonly until: string | null | undefined }) {
  const { t } = useI18n();
  if (!until) return <span style={{ color: '#999' }}>—</span>;
  if (!isExpired(until)) return <span>{until}</span>;
  return (
    <Tooltip title={t('common.expired')}>
      <Tag color="red">
        {until} {t('common.expiredShort')}
      </Tag>
    </Tooltip>
  );
}
