// The digests fixed before any entropy (plan, pool, inspectors) and, once computed, seed and result.
import { Descriptions, Grid } from 'antd';
import DigestText from '../../../components/digest-text.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { DrawDigests } from '../../../services/types.ts';

interface DigestListProps {
  readonly digests: DrawDigests;
  readonly statementDigest?: string | null;
  readonly big?: boolean;
}

export default function DigestList({ digests, statementDigest, big = false }: DigestListProps) {
  const { t } = useI18n();
  const style = big ? { fontSize: 20 } : { fontSize: 13 };
  // On a phone the name goes above the digest: beside it, 64 hex digits became a column of 7.
  const narrow = Grid.useBreakpoint().md === false;
  const rows: [string, string | null][] = [
    [t('digest.plan'), digests.plan],
    [t('digest.pool'), digests.pool],
    [t('digest.inspectors'), digests.inspectors],
  ];
  if (digests.seed) rows.push([t('digest.seed'), digests.seed]);
  if (digests.result) rows.push([t('digest.result'), digests.result]);
  if (statementDigest) rows.push([t('digest.statement'), statementDigest]);
  return (
    <Descriptions
      className="digest-list"
      size="small"
      column={1}
      bordered
      layout={narrow ? 'vertical' : 'horizontal'}
      styles={{ label: { width: narrow ? undefined : big ? 180 : 130, ...style }, content: style }}
      items={rows.map(([label, value]) => ({
        key: label,
        label,
        children: <DigestText value={value} style={style} />,
      }))}
    />
  );
}
