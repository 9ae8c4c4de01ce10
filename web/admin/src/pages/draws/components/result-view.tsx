// The result stratum by stratum (eligible, quota, selected, replacement list) and the team of each entity.
import { Card, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { DrawDetail } from '../../../services/types.ts';

const STEP_MS = 700;

interface ResultViewProps {
  readonly draw: DrawDetail;
  /** The ceremony shows the strata one after another; the record shows them at once. */
  readonly animate?: boolean;
  readonly big?: boolean;
}

/** How many strata are shown: all at once, or one more every STEP_MS once a result exists. */
function useRevealCount(total: number, animate: boolean): number {
  const [shown, setShown] = useState(animate ? 0 : total);
  useEffect(() => {
    if (!animate) return setShown(total);
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + 1), shown === 0 ? 300 : STEP_MS);
    return () => clearTimeout(timer);
  }, [animate, shown, total]);
  return shown;
}

export default function ResultView({ draw, animate = false, big = false }: ResultViewProps) {
  const { t } = useI18n();
  const strata = draw.result?.strata ?? [];
  const shown = useRevealCount(strata.length, animate);
  const entity = (id: string) => draw.names.entities[id] ?? id;
  const inspector = (id: string) => `${draw.names.inspectors[id] ?? ''}（${id}）`;
  const current = (stratum: string) => draw.current?.strata.find((s) => s.stratum === stratum);
  const teams = draw.current?.teams ?? draw.result?.teams ?? [];
  const fontSize = big ? 18 : 14;

  return (
    <div className="result-view">
      {strata.slice(0, shown).map((s) => {
        const now = current(s.stratum);
        const selected = now?.selected ?? s.selected;
        return (
          <Card
            key={s.stratum}
            size="small"
            className="stratum-card reveal-in"
            data-stratum={s.stratum}
            style={{ marginBottom: 8 }}
            title={
              <span style={{ fontSize }}>
                <Tag color="blue" style={{ fontSize }}>
                  {s.stratum}
                </Tag>
                {t('result.stratumLine', { eligible: s.eligible, quota: s.quota })}
              </span>
            }
          >
            <div style={{ fontSize }}>
              <Typography.Text strong>{t('result.selected')}：</Typography.Text>
              {selected.length === 0 && (
                <Typography.Text type="secondary">{t('result.none')}</Typography.Text>
              )}
              {selected.map((id) => (
                <Tag
                  key={id}
                  color="green"
                  className="selected-entity"
                  style={{ fontSize, padding: '2px 8px', margin: 4 }}
                >
                  {entity(id)} <span style={{ opacity: 0.7, fontSize: fontSize - 4 }}>{id}</span>
                </Tag>
              ))}
            </div>
            <div style={{ fontSize: fontSize - 2, marginTop: 4 }}>
              <Typography.Text type="secondary">{t('result.reserve')}：</Typography.Text>
              {s.reserve.map((id, index) => (
                <Tag key={id} style={{ margin: 2, opacity: now && index < now.used ? 0.45 : 1 }}>
                  {index + 1}. {entity(id)} <span style={{ opacity: 0.7, fontSize: fontSize - 4 }}>{id}</span>
                  {now && index < now.used ? `（${t('result.used')}）` : ''}
                </Tag>
              ))}
            </div>
          </Card>
        );
      })}
      {shown < strata.length && (
        <Typography.Paragraph type="secondary" style={{ fontSize }}>
          {t('result.revealing', { shown, total: strata.length })}
        </Typography.Paragraph>
      )}
      {shown >= strata.length && teams.length > 0 && (
        <Card
          size="small"
          title={<span style={{ fontSize }}>{t('result.teams')}</span>}
          className="teams-card reveal-in"
        >
          <Table
            size="small"
            rowKey="entity"
            pagination={false}
            dataSource={teams.map((team) => ({ ...team }))}
            columns={[
              { title: t('result.entity'), dataIndex: 'entity', render: (id: string) => entity(id) },
              {
                title: t('result.inspectors'),
                render: (_: unknown, team) =>
                  team.pools.map((pool) => (
                    <div key={pool.pool}>
                      <Tag>{pool.pool}</Tag>
                      {pool.inspectors.map(inspector).join('、')}
                    </div>
                  )),
              },
              {
                title: t('result.inspectorReserve'),
                render: (_: unknown, team) =>
                  team.pools.map((pool) => (
                    <div key={pool.pool} style={{ opacity: 0.75 }}>
                      {pool.reserve.map(inspector).join('、') || '—'}
                    </div>
                  )),
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
