// 考核统计: a unit's plans, ratio and rounds against the floor, results, publication timeliness,
// changes, joint share and workload for a year; every figure leads to the list of its records.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import PageContainer from '../../components/page-container.tsx';
import { downloadFile } from '../../download.ts';
import { useCurrentUser } from '../../current-user.tsx';
import { useListParams } from '../../hooks/use-list-params.ts';
import { useRequest } from '../../hooks/use-request.ts';
import { useI18n } from '../../locales/use-i18n.ts';
import { fetchUnits } from '../../services/regions.ts';
import type { Unit } from '../../services/types.ts';
import {
  coverageOption,
  ratioOption,
  resultOption,
  roundsOption,
  TIMELINESS_KEYS,
  timelinessOption,
  workloadOption,
} from './components/chart-options.ts';
import EChart from './components/echart.tsx';
import FigureCards from './components/figure-cards.tsx';
import { scopedLink } from './components/scoped-link.ts';
import { ChangeReasons, PlanTable, SubordinateTable } from './components/figure-tables.tsx';
import { fetchAssessment } from './service.ts';

const TIMELINESS_LINKS = {
  onTime: '/reports?status=published',
  late: '/reports?overdue=true&status=published',
  overdue: '/reports?overdue=true&status=approved',
  pending: '/reports?status=approved',
} as const;

/** The units in the caller's own subtree (the dashboard reads no further). */
function subtree(units: readonly Unit[], rootId: string | undefined): Unit[] {
  const out = units.filter((u) => u.id === rootId);
  for (let i = 0; i < out.length; i++) out.push(...units.filter((u) => u.parentId === out[i]!.id));
  return out;
}

export default function AssessmentPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const go = (to: string) => void navigate(to);
  const { user } = useCurrentUser();
  const { filters, setFilters } = useListParams(['unitId', 'year'] as const);
  const thisYear = new Date().getFullYear();
  const year = Number(filters.year) || thisYear;
  const unitId = filters.unitId;
  const { data: units } = useRequest(fetchUnits, []);
  const { data: a, loading, error } = useRequest(() => fetchAssessment({ unitId, year }), [unitId, year]);
  // Lists of records behind a figure: narrowed to the dashboard's unit and year.
  const goScoped = (to: string) => {
    if (a) go(scopedLink(to, { unitId: a.scope.unitId, year }));
  };
  const own = useMemo(() => subtree(units ?? [], user?.unit.id), [units, user?.unit.id]);
  const charts = useMemo(
    () =>
      a && {
        rounds: roundsOption(a, t),
        ratio: ratioOption(a, t),
        result: resultOption(a),
        timeliness: timelinessOption(a, t),
        workload: workloadOption(a, t),
        coverage: coverageOption(a, t),
      },
    [a, t],
  );
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);

  const chartCard = (title: string, key: string, body: React.ReactNode, empty: boolean) => (
    <Card size="small" title={title} data-testid={`chart-${key}`} style={{ height: '100%' }}>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.noData')} /> : body}
    </Card>
  );

  return (
    <PageContainer
      title={t('menu.assessment')}
      subTitle={a && t('assessment.subtitle', { unit: a.scope.unitName, from: a.scope.from, to: a.scope.to })}
      extra={
        <Flex gap={8} wrap>
          <Select<string>
            aria-label={t('assessment.unit')}
            style={{ minWidth: 200 }}
            value={unitId ?? user?.unit.id}
            onChange={(value) => setFilters({ unitId: value, year: filters.year })}
            options={own.map((u) => ({ value: u.id, label: u.name }))}
          />
          <Select<number>
            aria-label={t('assessment.year')}
            style={{ width: 110 }}
            value={year}
            onChange={(value) => setFilters({ unitId, year: String(value) })}
            options={years.map((y) => ({ value: y, label: t('assessment.yearLabel', { year: y }) }))}
          />
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => void downloadFile('/api/admin/assessment/statistics.xlsx', { unitId, year })}
          >
            {t('assessment.exportYearly')}
          </Button>
        </Flex>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      {!a || !charts ? (
        <Spin spinning={loading} style={{ width: '100%', padding: 48 }} />
      ) : (
        <Flex vertical gap={12}>
          <FigureCards a={a} year={year} />
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              {chartCard(
                t('assessment.chart.rounds'),
                'rounds',
                <EChart
                  label={t('assessment.chart.rounds')}
                  option={charts.rounds}
                  onPick={(i) => go(`/plans/${a.plans[i]!.planId}`)}
                />,
                a.plans.length === 0,
              )}
            </Col>
            <Col xs={24} lg={12}>
              {chartCard(
                t('assessment.chart.ratio'),
                'ratio',
                <EChart
                  label={t('assessment.chart.ratio')}
                  option={charts.ratio}
                  onPick={(i) => go(`/plans/${a.plans[i]!.planId}`)}
                />,
                a.plans.length === 0,
              )}
            </Col>
            <Col xs={24} md={12} lg={8}>
              {chartCard(
                t('assessment.chart.results'),
                'results',
                <EChart
                  label={t('assessment.chart.results')}
                  option={charts.result}
                  onPick={(i) =>
                    goScoped(
                      `/reports?resultCode=${encodeURIComponent(a.resultCodes[i]!.code)}&status=approved,published`,
                    )
                  }
                />,
                a.resultCodes.length === 0,
              )}
            </Col>
            <Col xs={24} md={12} lg={8}>
              {chartCard(
                t('assessment.chart.timeliness'),
                'timeliness',
                <EChart
                  label={t('assessment.chart.timeliness')}
                  option={charts.timeliness}
                  onPick={(i) => goScoped(TIMELINESS_LINKS[TIMELINESS_KEYS[i]!])}
                />,
                a.timeliness.approved === 0,
              )}
            </Col>
            <Col xs={24} lg={8}>
              {chartCard(
                t('assessment.chart.workload'),
                'workload',
                <EChart
                  label={t('assessment.chart.workload')}
                  option={charts.workload}
                  onPick={(i) => go(`/inspectors?q=${encodeURIComponent(a.workload[i]!.badgeNumber)}`)}
                />,
                a.workload.length === 0,
              )}
            </Col>
            <Col xs={24} lg={12}>
              {chartCard(
                t('assessment.chart.coverage'),
                'coverage',
                <EChart
                  label={t('assessment.chart.coverage')}
                  option={charts.coverage}
                  onPick={() => goScoped('/inspections?status=submitted')}
                />,
                false,
              )}
            </Col>
            <Col xs={24} lg={12}>
              <ChangeReasons a={a} />
            </Col>
          </Row>
          <PlanTable a={a} />
          <SubordinateTable a={a} year={year} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('assessment.footnote', { rate: a.floor.rateBp / 100, rounds: a.floor.rounds })}
          </Typography.Text>
        </Flex>
      )}
    </PageContainer>
  );
}
