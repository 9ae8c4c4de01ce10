import type { Database } from '../db/database.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { drawRecordPdf } from './documents/draw-record.pdf.ts';
import { drawService, loadDraw } from './draw.service.ts';

export interface IssuedDocument {
  readonly fileName: string;
  readonly body: Buffer;
}

/** The published name of each item code, as the latest version has it. */
async function itemNames(db: Database, codes: readonly string[]) {
  const rows = await itemRepository.byCodes(db, codes);
  const versions = await itemRepository.versions(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const latest = versions.filter((v) => v.itemId === r.id).sort((a, b) => b.version - a.version)[0];
    return { code: r.code, name: latest?.name ?? r.code };
  });
}

/** Official documents as PDF (issue 11.3); each one issued is in the audit log, since they name people. */
export const documentService = {
  /** 抽取记录表 of a draw the caller may read; the QR code points to `portalBase`'s 核验 page. */
  async drawRecord(db: Database, actor: Actor, id: string, portalBase: string): Promise<IssuedDocument> {
    const draw = await drawService.get(db, actor, id);
    const { task } = await loadDraw(db, actor, id);
    const unit = await unitRepository.get(db, task.unitId);
    const codes = Array.isArray(draw.plan['itemIds']) ? draw.plan['itemIds'].map(String) : [];
    const pdf = await drawRecordPdf({
      draw,
      unitName: unit?.name ?? '',
      items: await itemNames(db, codes),
      verifyUrl: `${portalBase}/#/draws/${encodeURIComponent(draw.drawId)}`,
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
};
