// A digest in full, monospace, with a copy button: what a witness compares with the published record.
import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../locales/use-i18n.ts';

interface DigestTextProps {
  readonly value: string | null | undefined;
  readonly style?: CSSProperties;
}

export default function DigestText({ value, style }: DigestTextProps) {
  const { t } = useI18n();
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text
      className="digest-text"
      style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', wordBreak: 'break-all', ...style }}
      copyable={{ text: value, tooltips: [t('audit.copy'), t('audit.copied')] }}
    >
      {value}
    </Typography.Text>
  );
}
