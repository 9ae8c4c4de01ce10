import type { Database } from '../db/database.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { drawRecordPdf } from './documents/draw-record.pdf.ts';
import { inspectionNoticePdf, type NoticeItem } from './documents/inspection-notice.pdf.ts';
import { inspectionRecordPdf } from './documents/inspection-record.pdf.ts';
import { inspectionService } from './inspection.service.ts';
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
    const pdf = await inspectionRecordPdf(record, actor.name, new Date());
    await recordAudit(
      db,
      actor,
      'document.issue',
      { type: 'inspection', id },
      { document: 'inspection-record' },
    );
    return { fileName: `检查登记表-${record.entity.name}.pdf`, body: pdf };
  },
};
