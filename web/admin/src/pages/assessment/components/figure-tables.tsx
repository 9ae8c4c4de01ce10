// The plans behind the charts and the subordinate units' figures, each row leading to its records.
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Assessment, AssessmentPlan } from '../../../services/types.ts';
import { scopedLink } from './scoped-link.ts';

const percent = (bp: number) => `${(bp / 100).toFixed(2)} %`;

export function PlanTable({ a }: { readonly a: Assessment }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('assessment.plans')}>
      <Table<AssessmentPlan>
        size="small"
        rowKey="planId"
        dataSource={[...a.plans]}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('assessment.noPlans') }}
        columns={[
          {
            title: t('plan.code'),
            dataIndex: 'code',
            render: (code: string, p) => <Link to={`/plans/${p.planId}`}>{code}</Link>,
          },
          { title: t('plan.name'), dataIndex: 'name', ellipsis: true },
          { title: t('assessment.unit'), dataIndex: 'unitName' },
          {
            title: t('assessment.roundsDrawn'),
            render: (_: unknown, p) => `${p.roundsDrawn} / ${p.roundsPlanned}`,
          },
          {
            title: t('assessment.ratioAchieved'),
            render: (_: unknown, p) =>
              `${percent(p.achievedBp)}（${t('assessment.plannedShort')} ${percent(p.plannedRateBp)}）`,
          },
          {
            title: t('assessment.completion'),
            render: (_: unknown, p) =>
              p.completionPercent === null ? '—' : `${p.inspected} / ${p.drawn}（${p.completionPercent} %）`,
          },
          {
            title: t('assessment.state'),
            render: (_: unknown, p) => (
              <>
                {p.flag === 'red' && (
                  <Link to={`/tasks?planId=${p.planId}`}>
                    <Tag color="error">{t('assessment.flag.overdue')}</Tag>
                  </Link>
                )}
                {p.flag === 'yellow' && (
                  <Link to={`/tasks?planId=${p.planId}`}>
                    <Tag color="warning">{t('assessment.flag.dueSoon')}</Tag>
                  </Link>
                )}
                <Tag color={p.meetsFloor ? 'success' : 'default'}>
                  {p.meetsFloor ? t('assessment.meetsFloor') : t('assessment.flag.belowFloor')}
                </Tag>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}

type Subordinate = Assessment['subordinates'][number];

export function SubordinateTable({ a, year }: { readonly a: Assessment; readonly year: number }) {
  const { t } = useI18n();
  if (a.subordinates.length === 0) return null;
  return (
    <Card size="small" title={t('assessment.subordinates')}>
      <Table<Subordinate>
        size="small"
        rowKey="unitId"
        dataSource={[...a.subordinates]}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          {
            title: t('assessment.unit'),
            dataIndex: 'name',
            render: (name: string, s) => (
              <Link to={`/assessment?unitId=${s.unitId}&year=${year}`}>{name}</Link>
            ),
          },
          { title: t('assessment.plansCount'), dataIndex: 'plans' },
          {
            title: t('assessment.roundsDrawn'),
            render: (_: unknown, s) => `${s.roundsDrawn} / ${s.roundsPlanned}`,
          },
          { title: t('assessment.inspections'), dataIndex: 'inspections' },
          { title: t('assessment.timeliness.onTime'), dataIndex: 'onTime' },
          {
            title: t('assessment.lateOrOverdue'),
            dataIndex: 'late',
            render: (n: number) => (n > 0 ? <Tag color="error">{n}</Tag> : n),
          },
        ]}
      />
    </Card>
  );
}

export function ChangeReasons({ a }: { readonly a: Assessment }) {
  const { t } = useI18n();
  const c = a.changes;
  return (
    <Card
      size="small"
      title={t('assessment.changes')}
      extra={
        <Link
          to={scopedLink('/changes?status=all', {
            unitId: a.scope.unitId,
            year: Number(a.scope.from.slice(0, 4)),
          })}
        >
          {t('common.view')}
        </Link>
      }
    >
      <div style={{ marginBottom: 8 }}>
        {t('assessment.changesSummary', {
          entity: c.entity,
          inspector: c.inspector,
          approved: c.approved,
          rejected: c.rejected,
          pending: c.pending,
        })}
      </div>
      {c.reasons.length === 0 ? (
        <span style={{ color: '#8c8c8c' }}>{t('assessment.noChanges')}</span>
      ) : (
        c.reasons.map((r) => (
          <div key={r.reason}>
            <Tag>{r.count}</Tag>
            {r.reason}
          </div>
        ))
      )}
    </Card>
  );
}
