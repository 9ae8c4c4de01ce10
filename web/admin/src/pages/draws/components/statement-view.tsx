// What a signer signs (DRAW.md §6): the statement's digest and, member by member, what it binds.
import { Descriptions, Grid, Typography } from 'antd';
import DigestText from '../../../components/digest-text.tsx';
import type { MessageKey } from '../../../locales/index.ts';
import { useI18n } from '../../../locales/use-i18n.ts';

/** The statement's members by their Chinese names; an unknown member keeps its own. */
const MEMBER_LABELS: Readonly<Record<string, MessageKey>> = {
  version: 'statement.version',
  drawId: 'draw.drawId',
  suite: 'draw.suite',
  plan: 'digest.plan',
  pool: 'digest.pool',
  inspectors: 'digest.inspectors',
  seed: 'digest.seed',
  result: 'digest.result',
  strata: 'digest.strata',
  public: 'digest.public',
};

function parts(statement: string | null): [string, string][] {
  if (!statement) return [];
  try {
    const value = JSON.parse(statement) as Record<string, unknown>;
    return Object.entries(value).map(([key, member]) => [
      key,
      typeof member === 'string' ? member : JSON.stringify(member),
    ]);
  } catch {
    return [];
  }
}

interface StatementViewProps {
  readonly statement: string | null;
  readonly digest: string | null;
  readonly big?: boolean;
}

export default function StatementView({ statement, digest, big = false }: StatementViewProps) {
  const { t } = useI18n();
  const fontSize = big ? 18 : 13;
  // On a phone the member's name goes above its value: beside it, a 64-digit digest became a column of 7.
  const narrow = Grid.useBreakpoint().md === false;
  return (
    <div className="statement-view">
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t('statement.explain')}</Typography.Paragraph>
      <div style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('digest.statement')}：</Typography.Text>
        <DigestText value={digest} style={{ fontSize: fontSize + 2, fontWeight: 600 }} />
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        layout={narrow ? 'vertical' : 'horizontal'}
        styles={{
          label: { width: narrow ? undefined : 120, fontSize },
          content: {
            fontSize,
            fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
            wordBreak: 'break-all',
          },
        }}
        items={parts(statement).map(([key, value]) => {
          const label = MEMBER_LABELS[key];
          return { key, label: label ? t(label) : key, children: value };
        })}
      />
    </div>
  );
}
