// The columns of each exported list: what the list page shows, in its order, with Chinese headers.
import type { RejectedRow } from '../../db/schema/import.table.ts';
import type { auditService } from '../audit.service.ts';
import type { drawService } from '../draw.service.ts';
import type { entityService } from '../entity.service.ts';
import type { inspectionReportService } from '../inspection-report.service.ts';
import type { inspectorService } from '../inspector.service.ts';
import type { taskService } from '../task.service.ts';
import {
  AUDIT_ACTION,
  DRAW_STATUS,
  ENTITY_KIND,
  ENTITY_STATUS,
  INSPECTOR_LEVEL,
  INSPECTOR_STATUS,
  label,
  OBJECT_TYPE,
  REVIEW_STATUS,
} from './labels.ts';
import type { ExportColumn } from './table-file.ts';

type RowOf<F extends (...args: never[]) => Promise<unknown>> =
  Awaited<ReturnType<F>> extends { rows: readonly (infer R)[] }
    ? R
    : Awaited<ReturnType<F>> extends readonly (infer R)[]
      ? R
      : never;

export type EntityRow = RowOf<typeof entityService.page>;
export type InspectorRow = RowOf<typeof inspectorService.page>;
export type ResultRow = RowOf<typeof inspectionReportService.list>;
export type AuditRow = RowOf<typeof auditService.list>;
export type DrawRow = RowOf<typeof drawService.list>;
export type TaskRow = RowOf<typeof taskService.list>;

const yesNo = (v: boolean | null | undefined) => (v ? '是' : '否');

export const ENTITY_COLUMNS: readonly ExportColumn<EntityRow>[] = [
  { header: '名称', width: 32, value: (r) => r.name },
  { header: '统一社会信用代码／证件号码', width: 24, value: (r) => r.code },
  { header: '主体类型', width: 10, value: (r) => label(ENTITY_KIND, r.kind) },
  { header: '行政区划', width: 14, value: (r) => r.regionName ?? r.regionCode },
  { header: '行业', width: 14, value: (r) => r.industry },
  { header: '信用风险分类', width: 12, value: (r) => r.riskClass },
  { header: '状态', width: 8, value: (r) => label(ENTITY_STATUS, r.status) },
  { header: '许可证号', width: 20, value: (r) => r.licenceNumber },
  { header: '许可证有效期至', width: 14, value: (r) => r.licenceValidUntil, kind: 'date' },
  { header: '更新时间', width: 20, value: (r) => r.updatedAt, kind: 'datetime' },
];

export const INSPECTOR_COLUMNS: readonly ExportColumn<InspectorRow>[] = [
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '执法证号', width: 14, value: (r) => r.badgeNumber },
  { header: '所属单位', width: 20, value: (r) => r.unitName },
  { header: '执法层级', width: 10, value: (r) => label(INSPECTOR_LEVEL, r.level) },
  { header: '职务', width: 12, value: (r) => r.post },
  { header: '行政区划', width: 14, value: (r) => r.regionName ?? r.regionCode },
  { header: '执法资格证号', width: 16, value: (r) => r.certificateNumber },
  { header: '资格有效期至', width: 14, value: (r) => r.certificateValidUntil, kind: 'date' },
  { header: '可检查事项', width: 24, value: (r) => r.qualifiedItemCodes.join('、') },
  { header: '状态', width: 8, value: (r) => label(INSPECTOR_STATUS, r.status) },
  { header: '今日可抽取', width: 10, value: (r) => yesNo(r.availableToday) },
];

export const RESULT_COLUMNS: readonly ExportColumn<ResultRow>[] = [
  { header: '检查对象', width: 30, value: (r) => r.entity.name },
  { header: '统一社会信用代码', width: 22, value: (r) => r.entity.publicId },
  { header: '抽查事项', width: 14, value: (r) => r.item.code },
  { header: '检查类型', width: 10, value: (r) => (r.basis === 'targeted' ? '定向检查' : '随机抽查') },
  { header: '检查日期', width: 12, value: (r) => r.checkedOn, kind: 'date' },
  { header: '检查结果', width: 24, value: (r) => r.resultLabel },
  { header: '审核状态', width: 10, value: (r) => label(REVIEW_STATUS, r.status) },
  { header: '填报人', width: 12, value: (r) => r.author },
  { header: '审核通过日期', width: 12, value: (r) => r.approvedOn, kind: 'date' },
  { header: '公示期限', width: 12, value: (r) => r.deadline, kind: 'date' },
  { header: '期限为暂定', width: 10, value: (r) => yesNo(r.deadlineProvisional) },
  { header: '公示日期', width: 12, value: (r) => r.publishedOn, kind: 'date' },
  { header: '逾期', width: 8, value: (r) => yesNo(r.overdue) },
];

export const AUDIT_COLUMNS: readonly ExportColumn<AuditRow>[] = [
  { header: '序号', width: 8, value: (r) => r.seq },
  { header: '时间', width: 20, value: (r) => r.at, kind: 'datetime' },
  { header: '操作人', width: 14, value: (r) => r.actorName },
  { header: '操作', width: 22, value: (r) => label(AUDIT_ACTION, r.action) },
  { header: '对象类型', width: 12, value: (r) => label(OBJECT_TYPE, r.objectType) },
  { header: '对象编号', width: 38, value: (r) => r.objectId },
  { header: '状态摘要（SHA-256）', width: 66, value: (r) => r.digest },
];

export const DRAW_COLUMNS: readonly ExportColumn<DrawRow>[] = [
  { header: '抽取编号', width: 24, value: (r) => r.drawId },
  { header: '抽查任务', width: 20, value: (r) => r.taskCode },
  { header: '抽取日期', width: 12, value: (r) => r.drawDate, kind: 'date' },
  { header: '状态', width: 10, value: (r) => label(DRAW_STATUS, r.status) },
  { header: '发起时间', width: 20, value: (r) => r.createdAt, kind: 'datetime' },
  { header: '确认时间', width: 20, value: (r) => r.confirmedAt, kind: 'datetime' },
  { header: '中止原因', width: 30, value: (r) => r.abortReason },
];

const TASK_STATUS: Readonly<Record<string, string>> = { ready: '待抽取', drawing: '抽取中', drawn: '已抽取' };

export const TASK_COLUMNS: readonly ExportColumn<TaskRow>[] = [
  { header: '任务编号', width: 20, value: (r) => r.code },
  { header: '抽查计划', width: 18, value: (r) => r.planCode },
  { header: '轮次', width: 6, value: (r) => r.round },
  { header: '抽取日期', width: 12, value: (r) => r.drawDate, kind: 'date' },
  { header: '状态', width: 8, value: (r) => label(TASK_STATUS, r.status) },
  { header: '名录对象数', width: 10, value: (r) => r.poolSize },
  { header: '符合条件对象数', width: 12, value: (r) => r.eligible },
  { header: '检查人员数', width: 10, value: (r) => r.inspectors },
  { header: '可抽检查人员数', width: 12, value: (r) => r.eligibleInspectors },
  { header: '创建时间', width: 20, value: (r) => r.createdAt, kind: 'datetime' },
];

/** A refused row, or (row null) a note about the list itself. */
export type ImportErrorRow = Omit<RejectedRow, 'row' | 'code'> & { readonly row: number | null };

export const IMPORT_ERROR_COLUMNS: readonly ExportColumn<ImportErrorRow>[] = [
  { header: '行号', width: 8, value: (r) => r.row },
  { header: '列', width: 18, value: (r) => r.column },
  { header: '问题', width: 60, value: (r) => r.message },
];
