import type { Database } from '../db/database.ts';
import { drawRepository } from '../db/repositories/draw.repository.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { officerRepository } from '../db/repositories/officer.repository.ts';
import { taskRepository } from '../db/repositories/task.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { annualPlanPdf } from './documents/annual-plan.pdf.ts';
import { drawRecordPdf } from './documents/draw-record.pdf.ts';
import { inspectionReportPdf } from './documents/inspection-report.pdf.ts';
import { inspectionNoticePdf, type NoticeItem } from './documents/inspection-notice.pdf.ts';
import { inspectionRecordPdf } from './documents/inspection-record.pdf.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';
import { signersOfRecord } from './officer-signers.service.ts';
import { planService } from './plan.service.ts';
import { NotFoundError } from './errors.ts';
import { drawService, loadDraw } from './draw.service.ts';

export interface IssuedDocument {
  readonly fileName: string;
  readonly body: Buffer;
}

/** The latest version of each item code: name, basis, checklist and methods. */
async function itemsOf(db: Database, codes: readonly string[]): Promise<NoticeItem[]> {
  const rows = await itemRepository.byCodes(db, codes);
  const versions = await itemRepository.versions(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const v = versions.filter((x) => x.itemId === r.id).sort((a, b) => b.version - a.version)[0];
    return {
      code: r.code,
      name: v?.name ?? r.code,
      legalBasis: v?.legalBasis ?? [],
      checklist: v?.checklist ?? [],
      methods: v?.methods ?? [],
    };
  });
}

const itemCodes = (plan: Readonly<Record<string, unknown>>) =>
  Array.isArray(plan['itemIds']) ? plan['itemIds'].map(String) : [];

const verifyUrl = (portalBase: string, drawId: string) =>
  `${portalBase}/#/draws/${encodeURIComponent(drawId)}`;

/** Official documents as PDF (issue 11.3); each one issued is in the audit log, since they name people. */
export const documentService = {
  /** 抽取记录表 of a draw the caller may read; the QR code points to `portalBase`'s 核验 page. */
  async drawRecord(db: Database, actor: Actor, id: string, portalBase: string): Promise<IssuedDocument> {
    const draw = await drawService.get(db, actor, id);
    const { task } = await loadDraw(db, actor, id);
    const unit = await unitRepository.get(db, task.unitId);
    const pdf = await drawRecordPdf({
      draw,
      unitName: unit?.name ?? '',
      items: await itemsOf(db, itemCodes(draw.plan)),
      verifyUrl: verifyUrl(portalBase, draw.drawId),
      printedBy: actor.name,
      printedAt: new Date(),
    });
    await recordAudit(
      db,
      actor,
      'document.issue',
      { type: 'draw', id },
      { document: 'draw-record', drawId: draw.drawId },
    );
    return { fileName: `抽取记录表-${draw.drawId}.pdf`, body: pdf };
  },
  /** 检查通知书 to one entity drawn in a confirmed draw, naming its current team (after replacements). */
  async inspectionNotice(
    db: Database,
    actor: Actor,
    id: string,
    entityCode: string,
    portalBase: string,
  ): Promise<IssuedDocument> {
    const draw = await drawService.get(db, actor, id);
    const teams = draw.current?.teams ?? draw.result?.teams ?? [];
    const team = teams.find((t) => t.entity === entityCode);
    if (draw.status !== 'confirmed' || !team) throw new NotFoundError('本次抽取确定的检查对象', entityCode);
    const { task } = await loadDraw(db, actor, id);
    const unit = await unitRepository.get(db, task.unitId);
    const badges = team.pools.flatMap((p) => p.inspectors);
    const pdf = await inspectionNoticePdf({
      unitName: unit?.name ?? '',
      number: `${draw.drawId}-${entityCode}`,
      entity: { name: draw.names.entities[entityCode] ?? '', code: entityCode },
      items: await itemsOf(db, itemCodes(draw.plan)),
      inspectors: badges.map((b) => ({ name: draw.names.inspectors[b] ?? '', badgeNumber: b })),
      drawId: draw.drawId,
      drawDate: draw.drawDate,
      verifyUrl: verifyUrl(portalBase, draw.drawId),
      printedBy: actor.name,
      printedAt: new Date(),
    });
    const state = { document: 'inspection-notice', drawId: draw.drawId, entity: entityCode };
    await recordAudit(db, actor, 'document.issue', { type: 'draw', id }, state);
    return { fileName: `检查通知书-${draw.names.entities[entityCode] ?? entityCode}.pdf`, body: pdf };
  },
  /** 检查登记表 of a record the caller may read, as recorded (a draft is marked as such). */
  async inspectionRecord(db: Database, actor: Actor, id: string): Promise<IssuedDocument> {
    const record = await inspectionService.get(db, actor, id);
    const pdf = await inspectionRecordPdf(record, actor.name, new Date(), await signersOfRecord(db, id));
    await recordAudit(
      db,
      actor,
      'document.issue',
      { type: 'inspection', id },
      { document: 'inspection-record' },
    );
    return { fileName: `检查登记表-${record.entity.name}.pdf`, body: pdf };
  },
  /** 检查结果报告 of a report the caller may read; a random inspection's QR code opens its draw's 核验 page. */
  async inspectionReport(
    db: Database,
    actor: Actor,
    id: string,
    portalBase: string,
  ): Promise<IssuedDocument> {
    const report = await inspectionReportService.get(db, actor, id);
    const record = await inspectionService.get(db, actor, report.recordId);
    const draw = record.drawId ? await drawRepository.get(db, record.drawId) : undefined;
    const pdf = await inspectionReportPdf({
      report,
      record,
      verifyUrl: draw ? verifyUrl(portalBase, draw.draw.drawId) : null,
      printedBy: actor.name,
      printedAt: new Date(),
      signers: await signersOfRecord(db, report.recordId),
    });
    const state = { document: 'inspection-report', report: id, version: report.version };
    await recordAudit(db, actor, 'document.issue', { type: 'inspection', id: report.recordId }, state);
    return { fileName: `检查结果报告-${report.entity.name}.pdf`, body: pdf };
  },
  /** 年度抽查计划 with its rounds' tasks; an approved plan's QR code opens the portal's plan list. */
  async annualPlan(db: Database, actor: Actor, id: string, portalBase: string): Promise<IssuedDocument> {
    const plan = await planService.get(db, actor, id);
    const tasks = await taskRepository.byPlan(db, id);
    const people = new Map(
      (
        await officerRepository.byIds(
          db,
          [plan.createdBy, plan.approvedBy].filter((x): x is string => !!x),
        )
      ).map((u) => [u.id, u.displayName]),
    );
    const pdf = await annualPlanPdf({
      plan,
      tasks: tasks.map((t) => ({ code: t.code, round: t.round, drawDate: t.drawDate, status: t.status })),
      createdBy: people.get(plan.createdBy ?? '') ?? '',
      approvedBy: people.get(plan.approvedBy ?? '') ?? '',
      publicUrl: plan.status === 'approved' ? `${portalBase}/#/plans` : null,
      printedBy: actor.name,
      printedAt: new Date(),
    });
    await recordAudit(db, actor, 'document.issue', { type: 'plan', id }, { document: 'annual-plan' });
    return { fileName: `年度抽查计划-${plan.code}.pdf`, body: pdf };
  },
};
