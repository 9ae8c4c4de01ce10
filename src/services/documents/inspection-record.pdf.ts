// 检查登记表: the visit as recorded — items checked, findings, inspectors and the party's signature.
import type { inspectionService } from '../inspection.service.ts';
import { fields, table } from './pdf-table.ts';
import { sealArea, signatureLines } from './pdf-marks.ts';
import { CONTENT_WIDTH, ensureSpace, heading, MARGIN, newA4, paragraph, section } from './pdf-page.ts';
import { officerSignatureLines } from './pdf-officer-signatures.ts';
import type { OfficerSigner } from '../officer-signers.service.ts';
import { beijingTime } from './text-format.ts';

export type RecordView = Awaited<ReturnType<typeof inspectionService.get>>;

const FINDING: Record<string, string> = {
  compliant: '符合',
  'non-compliant': '不符合',
  'not-applicable': '不适用',
};
const METHOD: Record<string, string> = { 'on-site': '实地检查', document: '书面检查', online: '网络监测' };
const STATUS: Record<string, string> = { draft: '草稿', submitted: '已提交' };

export async function inspectionRecordPdf(
  r: RecordView,
  printedBy: string,
  printedAt: Date,
  signers: readonly OfficerSigner[] = [],
): Promise<Buffer> {
  const { doc, finish } = newA4(
    `检查登记表 ${r.entity.name}`,
    `检查登记表 ${r.entity.publicId} · ${printedBy} 打印于 ${beijingTime(printedAt)}`,
  );
  heading(
    doc,
    r.unitName,
    '“双随机”抽查检查登记表',
    `编号：${r.taskCode ?? '定向检查'}-${r.entity.publicId}`,
  );
  if (r.status !== 'submitted') paragraph(doc, `注意：本登记表为${STATUS[r.status] ?? r.status}，尚未提交。`);
  section(doc, '一、基本情况');
  const responsible = r.inspectors.find((i) => i.badgeNumber === r.responsibleBadgeNumber);
  fields(doc, [
    ['检查对象', r.entity.name],
    ['统一社会信用代码', r.entity.publicId],
    ['抽查事项', `${r.item.name}（${r.item.code}）`],
    ['检查类型', r.basis === 'targeted' ? '定向检查' : '随机抽查'],
    ['抽查任务', r.taskCode ?? '—'],
    ['检查日期', r.checkedOn ?? '—'],
    ['检查方式', r.methods.map((m) => METHOD[m] ?? m).join('、') || '—'],
    ['出示执法证件', r.policeIdShown ? '已出示' : '未记录'],
    [
      '负责人',
      responsible ? `${responsible.name}（${responsible.badgeNumber}）` : (r.responsibleBadgeNumber ?? '—'),
    ],
    ['状态', STATUS[r.status] ?? r.status],
  ]);
  section(doc, '二、检查内容与结果');
  const byCode = new Map(r.rows.map((x) => [x.checklistCode, x]));
  table(
    doc,
    r.checklist.map((c, i) => {
      const row = byCode.get(c.code);
      return [String(i + 1), c.text, row ? (FINDING[row.finding] ?? row.finding) : '未填写', row?.note ?? ''];
    }),
    { widths: [0.5, 4.5, 1, 3], header: ['序号', '检查内容', '结果', '说明'] },
  );
  section(doc, '三、检查人员签字');
  signatureLines(
    doc,
    r.inspectors.map((i) => ({
      role: '检查人员',
      name: `${i.name}（${i.badgeNumber}）`,
      signedAt: i.signature ? '已签名' : '',
    })),
  );
  partySection(doc, r);
  // After the seal: the paper form stays whole on its page; the platform's check is an addendum.
  const submitted = signers.filter((s) => s.step === 'record-submit');
  officerSignatureLines(doc, submitted, '尚未提交，暂无个人密钥签名');
  return finish();
}

/** The inspected party signs, or its refusal is recorded with the reason and a witness. */
function partySection(doc: PDFKit.PDFDocument, r: RecordView): void {
  section(doc, '四、被检查对象意见');
  const p = r.party;
  if (p?.kind === 'refused') {
    paragraph(doc, `被检查对象拒绝签字，理由：${p.reason}`);
    if (p.witness)
      signatureLines(doc, [
        { role: '见证人', name: p.witness.name, signedAt: p.witness.signature ? '已签名' : '' },
      ]);
  } else {
    signatureLines(doc, [{ role: '被检查对象', name: p?.signerName ?? '', signedAt: p ? '已签名' : '' }]);
  }
  ensureSpace(doc, 150);
  const y = doc.y + 10;
  sealArea(doc, MARGIN + CONTENT_WIDTH - 150, y, r.unitName);
  doc.x = MARGIN;
  doc.y = y + 140;
}
