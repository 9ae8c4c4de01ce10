// 年度统计报表 for the superior level: the assessment figures as one workbook, a sheet per table.
import type { assessmentService } from '../assessment.service.ts';
import { sheet, type SheetWriter } from './table-file.ts';

export type Figures = Awaited<ReturnType<typeof assessmentService.figures>>;
type Plan = Figures['plans'][number];
type Sub = Figures['subordinates'][number];
type Code = Figures['resultCodes'][number];
type Work = Figures['workload'][number];

const percent = (bp: number) => Number((bp / 100).toFixed(2));
const yesNo = (v: boolean) => (v ? '是' : '否');
const FLAG: Readonly<Record<string, string>> = { red: '红（逾期）', yellow: '黄（临近期限）' };

export function statisticsSheets(f: Figures): SheetWriter[] {
  const t = f.timeliness;
  const summary: [string, string | number][] = [
    ['统计单位', f.scope.unitName],
    ['统计期间', `${f.scope.from} 至 ${f.scope.to}`],
    ['抽查计划数', f.totals.plans],
    ['计划轮次', f.totals.roundsPlanned],
    ['已确认抽取轮次', f.totals.roundsDrawn],
    ['名录主体数', f.totals.directory],
    ['抽中主体数', f.totals.drawn],
    ['已检查主体数', f.totals.inspected],
    ['逾期未抽取的任务', f.totals.overdueTasks],
    ['未达 2%／2 轮底线的计划', f.totals.belowFloor],
    ['审核通过的结果', t.approved],
    ['按期公示（20 个工作日内）', t.onTime],
    ['逾期公示', t.late],
    ['已超期未公示', t.overdue],
    [
      '抽取结果变更申请（批准／驳回／待审）',
      `${f.changes.approved}／${f.changes.rejected}／${f.changes.pending}`,
    ],
    ['联合检查任务／全部任务', `${f.joint.joint}／${f.joint.tasks}`],
  ];
  return [
    sheet({
      title: '汇总',
      rows: summary,
      columns: [
        { header: '指标', width: 34, value: (r) => r[0] },
        { header: '数值', width: 30, value: (r) => r[1] },
      ],
    }),
    sheet<Plan>({
      title: '计划完成情况',
      rows: f.plans,
      columns: [
        { header: '计划编号', width: 18, value: (r) => r.code },
        { header: '计划名称', width: 30, value: (r) => r.name },
        { header: '单位', width: 20, value: (r) => r.unitName },
        { header: '年度', width: 8, value: (r) => r.year },
        { header: '计划轮次', width: 10, value: (r) => r.roundsPlanned },
        { header: '已抽取轮次', width: 10, value: (r) => r.roundsDrawn },
        { header: '计划比例（%）', width: 12, value: (r) => percent(r.plannedRateBp) },
        { header: '实际比例（%）', width: 12, value: (r) => percent(r.achievedBp) },
        { header: '名录主体数', width: 10, value: (r) => r.directory },
        { header: '抽中主体数', width: 10, value: (r) => r.drawn },
        { header: '已检查主体数', width: 12, value: (r) => r.inspected },
        { header: '完成率（%）', width: 10, value: (r) => r.completionPercent },
        { header: '达到计划', width: 8, value: (r) => yesNo(r.meetsPlan) },
        { header: '达到底线', width: 8, value: (r) => yesNo(r.meetsFloor) },
        { header: '提示', width: 14, value: (r) => (r.flag ? FLAG[r.flag] : '') },
      ],
    }),
    sheet<Code>({
      title: '检查结果分类',
      rows: f.resultCodes,
      columns: [
        { header: '结果代码', width: 10, value: (r) => r.code },
        { header: '检查结果', width: 36, value: (r) => r.label },
        { header: '数量', width: 8, value: (r) => r.count },
      ],
    }),
    sheet<Sub>({
      title: '下级单位',
      rows: f.subordinates,
      columns: [
        { header: '单位', width: 24, value: (r) => r.name },
        { header: '计划数', width: 8, value: (r) => r.plans },
        { header: '计划轮次', width: 10, value: (r) => r.roundsPlanned },
        { header: '已抽取轮次', width: 10, value: (r) => r.roundsDrawn },
        { header: '检查数', width: 8, value: (r) => r.inspections },
        { header: '按期公示', width: 10, value: (r) => r.onTime },
        { header: '逾期公示', width: 10, value: (r) => r.late },
      ],
    }),
    sheet<Work>({
      title: '检查人员工作量',
      rows: f.workload,
      columns: [
        { header: '姓名', width: 12, value: (r) => r.name },
        { header: '执法证号', width: 14, value: (r) => r.badgeNumber },
        { header: '检查记录数', width: 12, value: (r) => r.records },
      ],
    }),
  ];
}
