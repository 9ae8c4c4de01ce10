// R-26.3: the Chinese column headers of each public list's CSV; only allow-listed fields (R-N.10).
import type { CsvColumn } from '../../../domain/open-data/csv.ts';
import type { PublicResultBody } from '../../../db/schema/public-result.table.ts';
import type { PublicDrawRow, PublicItemRow, PublicPlanRow } from '../../../services/open-data.service.ts';

const METHODS: Readonly<Record<string, string>> = {
  'on-site': '实地检查',
  document: '书面核查',
  online: '网络监测',
};

export const RESULT_COLUMNS: readonly CsvColumn<PublicResultBody>[] = [
  { header: '检查对象名称', value: (r) => r.entityName },
  { header: '统一社会信用代码', value: (r) => r.entityCode },
  { header: '地址', value: (r) => r.entityAddress },
  { header: '抽查事项编码', value: (r) => r.itemCode },
  { header: '抽查事项名称', value: (r) => r.itemName },
  { header: '检查类型', value: (r) => r.inspectionType },
  { header: '检查日期', value: (r) => r.checkedOn },
  { header: '检查结果编码', value: (r) => r.resultCode },
  { header: '检查结果', value: (r) => r.resultLabel },
  { header: '检查意见', value: (r) => r.opinion },
  { header: '处理情况', value: (r) => r.handlingSummary },
  { header: '检查人员', value: (r) => r.inspectors.join('、') },
  { header: '公示日期', value: (r) => r.publishedOn },
  { header: '公示编号', value: (r) => r.publicId },
];

export const ENTITY_COLUMNS: readonly CsvColumn<{
  publicId: string;
  entityName: string;
  entityCode: string;
  results: number;
  lastPublishedOn: string;
}>[] = [
  { header: '公示编号', value: (r) => r.publicId },
  { header: '检查对象名称', value: (r) => r.entityName },
  { header: '统一社会信用代码', value: (r) => r.entityCode },
  { header: '公示检查结果数', value: (r) => r.results },
  { header: '最近公示日期', value: (r) => r.lastPublishedOn },
];

export const ITEM_COLUMNS: readonly CsvColumn<PublicItemRow>[] = [
  { header: '事项编码', value: (r) => r.code },
  { header: '事项名称', value: (r) => r.name },
  { header: '事项类别', value: (r) => (r.category === 'priority' ? '重点检查事项' : '一般检查事项') },
  { header: '法律依据', value: (r) => r.legalBasis.map((b) => `${b.law}${b.article}`).join('；') },
  { header: '检查对象', value: (r) => r.objectType },
  { header: '抽查比例（%）', value: (r) => r.ratioPercent },
  { header: '每年抽查次数', value: (r) => r.roundsPerYear },
  { header: '检查方式', value: (r) => r.methods.map((m) => METHODS[m] ?? m).join('、') },
  { header: '检查内容', value: (r) => r.checklist.map((c) => `${c.code} ${c.text}`).join('；') },
  { header: '施行日期', value: (r) => r.effectiveFrom },
  { header: '版本', value: (r) => r.version },
];

export const PLAN_COLUMNS: readonly CsvColumn<PublicPlanRow>[] = [
  { header: '计划编号', value: (r) => r.code },
  { header: '计划名称', value: (r) => r.name },
  { header: '年度', value: (r) => r.year },
  { header: '牵头单位', value: (r) => r.unitName },
  { header: '抽查事项', value: (r) => r.items.map((i) => `${i.code} ${i.name}`).join('；') },
  { header: '抽查轮次', value: (r) => r.rounds.map((x) => `第${x.round}轮 ${x.from}至${x.to}`).join('；') },
  {
    header: '抽查比例（按信用风险分类分组，分组对应的风险等级不公开）',
    value: (r) =>
      r.rates.map((x) => `${x.group}${x.regionCode ? `（${x.regionCode}）` : ''} ${x.percent}%`).join('；'),
  },
  { header: '批准时间', value: (r) => r.approvedAt },
];

export const DRAW_COLUMNS: readonly CsvColumn<PublicDrawRow>[] = [
  { header: '抽取编号', value: (r) => r.drawId },
  { header: '任务编号', value: (r) => r.taskCode },
  { header: '计划编号', value: (r) => r.planCode },
  { header: '抽取日期', value: (r) => r.drawDate },
  { header: '算法', value: (r) => r.suite },
  { header: '确认时间', value: (r) => r.confirmedAt },
  { header: '名录库对象数', value: (r) => r.poolSize },
  { header: '符合条件对象数', value: (r) => r.eligible },
  { header: '抽中对象数', value: (r) => r.selected },
  { header: '替换次数', value: (r) => r.replacements },
];
