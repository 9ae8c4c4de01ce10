import type { Database } from '../db/database.ts';
import { importRepository } from '../db/repositories/import.repository.ts';
import { requireReadable } from './access.ts';
import { MAX_LISTED_REJECTIONS } from './import/copy-lines.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { assessmentService } from './assessment.service.ts';
import { auditService } from './audit.service.ts';
import { statisticsSheets } from './exports/statistics-sheets.ts';
import { today } from './clock.ts';
import { drawService } from './draw.service.ts';
import { entityService } from './entity.service.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { inspectorService } from './inspector.service.ts';
import {
  AUDIT_COLUMNS,
  DRAW_COLUMNS,
  ENTITY_COLUMNS,
  IMPORT_ERROR_COLUMNS,
  type ImportErrorRow,
  INSPECTOR_COLUMNS,
  RESULT_COLUMNS,
  TASK_COLUMNS,
} from './exports/list-columns.ts';
import {
  EXPORT_MAX_ROWS,
  requireExportable,
  tableFile,
  workbook,
  XLSX_FILE,
  type ExportColumn,
  type ExportFile,
  type ExportFormat,
} from './exports/table-file.ts';
import { taskService } from './task.service.ts';

type Filter<F extends (db: Database, actor: Actor, filter: never, ...rest: never[]) => unknown> =
  Parameters<F>[2];

const ALL = { page: 1, pageSize: EXPORT_MAX_ROWS } as const;

/** Checks the size, builds the file and records who took which list out, with the filter used. */
async function exported<T>(
  db: Database,
  actor: Actor,
  list: { name: string; title: string; filter: unknown; format: ExportFormat },
  columns: readonly ExportColumn<T>[],
  data: { total: number; rows: readonly T[] },
): Promise<ExportFile> {
  requireExportable(data.total);
  const file = await tableFile(list.format, list.title, columns, data.rows, today());
  await recordAudit(
    db,
    actor,
    'export.list',
    { type: 'export', id: list.name },
    { list: list.name, filter: list.filter, format: list.format, rows: data.rows.length },
  );
  return file;
}

/** Every admin list as XLSX or CSV with the list page's filter (issue 11.4); the access checks are the lists'. */
export const exportService = {
  async entities(
    db: Database,
    actor: Actor,
    filter: Filter<typeof entityService.page>,
    format: ExportFormat,
  ) {
    const data = await entityService.page(db, actor, filter, ALL);
    return exported(
      db,
      actor,
      { name: 'entities', title: '市场主体名录', filter, format },
      ENTITY_COLUMNS,
      data,
    );
  },

  async inspectors(
    db: Database,
    actor: Actor,
    filter: Filter<typeof inspectorService.page>,
    format: ExportFormat,
  ) {
    const data = await inspectorService.page(db, actor, filter, ALL);
    const title = '执法检查人员名录';
    return exported(db, actor, { name: 'inspectors', title, filter, format }, INSPECTOR_COLUMNS, data);
  },

  async results(
    db: Database,
    actor: Actor,
    filter: Filter<typeof inspectionReportService.list>,
    format: ExportFormat,
  ) {
    const data = await inspectionReportService.list(db, actor, filter, ALL);
    return exported(db, actor, { name: 'results', title: '检查结果', filter, format }, RESULT_COLUMNS, data);
  },

  async audit(db: Database, actor: Actor, filter: Filter<typeof auditService.list>, format: ExportFormat) {
    const data = await auditService.list(db, actor, filter, ALL);
    return exported(db, actor, { name: 'audit', title: '操作日志', filter, format }, AUDIT_COLUMNS, data);
  },

  async draws(db: Database, actor: Actor, filter: Filter<typeof drawService.list>, format: ExportFormat) {
    const rows = await drawService.list(db, actor, filter);
    const data = { total: rows.length, rows };
    return exported(db, actor, { name: 'draws', title: '抽取记录', filter, format }, DRAW_COLUMNS, data);
  },

  async tasks(db: Database, actor: Actor, filter: Filter<typeof taskService.list>, format: ExportFormat) {
    const rows = await taskService.list(db, actor, filter);
    const data = { total: rows.length, rows };
    return exported(db, actor, { name: 'tasks', title: '抽查任务', filter, format }, TASK_COLUMNS, data);
  },
  /** 年度统计报表: the assessment figures of the caller's unit (or a subordinate) for a year, as a workbook. */
  async statistics(db: Database, actor: Actor, q: Parameters<typeof assessmentService.figures>[2]) {
    const figures = await assessmentService.figures(db, actor, q);
    const title = `${figures.scope.unitName}抽查统计`;
    const body = await workbook(statisticsSheets(figures));
    const state = { list: 'statistics', filter: q, format: 'xlsx' };
    await recordAudit(db, actor, 'export.list', { type: 'export', id: 'statistics' }, state);
    return { fileName: `${title}-${figures.scope.from}至${figures.scope.to}.xlsx`, type: XLSX_FILE, body };
  },
  /** The rows an import refused and why, to fix in the source file and import again. */
  async importErrors(
    db: Database,
    actor: Actor,
    kind: 'entities' | 'inspectors',
    id: string,
    format: ExportFormat,
  ) {
    const found = await importRepository.get(db, id);
    requireReadable(actor, '导入批次', id, found?.record.kind === kind ? found.unitPath : undefined);
    const { record } = found!;
    const title = `${kind === 'entities' ? '市场主体' : '执法检查人员'}导入问题`;
    // Only the first rows' problems are kept with an import; say so in the file rather than cut silently.
    const rows: ImportErrorRow[] = [...record.rejected];
    if (rows.length >= MAX_LISTED_REJECTIONS) {
      rows.push({
        row: null,
        column: '',
        message: `平台只保存了前 ${MAX_LISTED_REJECTIONS} 条问题，其余问题请修正后重新导入查看`,
      });
    }
    const data = { total: record.rejected.length, rows };
    const list = {
      name: 'import-errors',
      title,
      filter: { importId: id, fileName: record.fileName },
      format,
    };
    return exported(db, actor, list, IMPORT_ERROR_COLUMNS, data);
  },
};
