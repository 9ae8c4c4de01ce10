// The dashboard's headline row: completion, ratio, overdue tasks, timeliness, changes, joint share.
import { Col, Row } from 'antd';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { Assessment } from '../../../services/types.ts';
import FigureCard from './figure-card.tsx';
import { scopedLink } from './scoped-link.ts';

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : 0);

export default function FigureCards({ a, year }: { readonly a: Assessment; readonly year: number }) {
  const { t } = useI18n();
  const { totals, timeliness, changes, joint } = a;
  const scoped = (to: string) => scopedLink(to, { unitId: a.scope.unitId, year });
  const cards = [
    {
      testId: 'figure-rounds',
      title: t('assessment.card.rounds'),
      value: `${totals.roundsDrawn} / ${totals.roundsPlanned}`,
      note: t('assessment.card.roundsNote', { plans: totals.plans, below: totals.belowFloor }),
      flag: totals.belowFloor > 0 ? ('yellow' as const) : null,
      flagText: t('assessment.flag.belowFloor'),
      to: scoped('/plans'),
    },
    {
      testId: 'figure-ratio',
      title: t('assessment.card.ratio'),
      value: pct(totals.inspected, totals.directory),
      suffix: '%',
      note: t('assessment.card.ratioNote', { inspected: totals.inspected, directory: totals.directory }),
      flag: null,
      to: scoped('/inspections?status=submitted'),
    },
    {
      testId: 'figure-overdue-tasks',
      title: t('assessment.card.overdueTasks'),
      value: totals.overdueRounds,
      note: t('assessment.card.dueSoonNote', { n: totals.dueSoonTasks }),
      flag:
        totals.overdueRounds > 0 ? ('red' as const) : totals.dueSoonTasks > 0 ? ('yellow' as const) : null,
      flagText: totals.overdueRounds > 0 ? t('assessment.flag.overdue') : t('assessment.flag.dueSoon'),
      to: scoped('/tasks'),
    },
    {
      testId: 'figure-timeliness',
      title: t('assessment.card.timeliness'),
      // Of the results published or past their deadline: one still within its time is not late.
      value: pct(timeliness.onTime, timeliness.onTime + timeliness.late + timeliness.overdue),
      suffix: '%',
      note: t('assessment.card.timelinessNote', {
        onTime: timeliness.onTime,
        approved: timeliness.approved,
        provisional: timeliness.provisional,
      }),
      flag: timeliness.flag,
      flagText:
        timeliness.flag === 'red'
          ? t('assessment.flag.late', { n: timeliness.late + timeliness.overdue })
          : t('assessment.flag.dueSoon'),
      to: scoped(timeliness.flag === 'red' ? '/reports?overdue=true' : '/reports?status=published'),
    },
    {
      testId: 'figure-changes',
      title: t('assessment.card.changes'),
      value: changes.total,
      note: t('assessment.card.changesNote', { approved: changes.approved, pending: changes.pending }),
      flag: null,
      to: scoped(`/changes?status=${changes.pending > 0 ? 'pending' : 'all'}`),
    },
    {
      testId: 'figure-joint',
      title: t('assessment.card.joint'),
      value: pct(joint.joint, joint.tasks),
      suffix: '%',
      note: t('assessment.card.jointNote', { joint: joint.joint, tasks: joint.tasks }),
      flag: null,
      to: scoped('/tasks'),
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((card) => (
        <Col key={card.testId} xs={12} md={8} xl={4}>
          <FigureCard {...card} />
        </Col>
      ))}
    </Row>
  );
}
