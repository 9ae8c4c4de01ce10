import { Tooltip, Typography } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import { shortDigest } from '../../../utils/format.ts';

/** The event's digest, shortened for the table; the copy button copies it whole. */
export default function DigestCell({ digest }: { readonly digest: string }) {
  const { t } = useI18n();
  return (
    <Tooltip title={digest}>
      <Typography.Text
        code
        style={{ fontSize: 12 }}
        copyable={{ text: digest, tooltips: [t('audit.copy'), t('audit.copied')] }}
      >
        {shortDigest(digest)}
      </Typography.Text>
    </Tooltip>
  );
}
