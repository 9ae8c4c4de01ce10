// 检查结果报告 (R-24.1, R-24.2, R-25.1): what the inspection found, its result, handling and follow-up, as submitted.
import { FOLLOW_UP_LABELS } from '../../domain/inspection/follow-up.ts';
import { HANDLING_LABELS, type Handling } from '../../domain/inspection/handling.ts';
import { INSPECTION_METHOD_LABELS } from '../../domain/inspection/inspection-method.ts';
import { NON_COOPERATION_LABELS } from '../../domain/inspection/non-cooperation.ts';
import { REVIEW_STATUS_LABELS, type ReviewStatus } from '../../domain/inspection/review-flow.ts';
import type { inspectionReportService } from '../inspection-report.service.ts';
import type { RecordView } from './inspection-record.pdf.ts';
import { qrAndSeal, signatureLines } from './pdf-marks.ts';
import { fields, table } from './pdf-table.ts';
import { ensureSpace, heading, newA4, paragraph, section } from './pdf-page.ts';
import { officerSignatureLines } from './pdf-officer-signatures.ts';
import type { OfficerSigner } from '../officer-signers.service.ts';
import { beijingTime } from './text-format.ts';

export type ReportView = Awaited<ReturnType<typeof inspectionReportService.get>>;

export interface InspectionReportInput {
  readonly report: ReportView;
  readonly record: RecordView;
  /** The portal page that shows the draw behind a random inspection; none for a targeted one. */
  readonly verifyUrl: string | null;
  readonly printedBy: string;
  readonly printedAt: Date;
  /** The record's submission and this report's approval, verified when printed (issue 10.4). */
  readonly signers?: readonly OfficerSigner[];
}

const label = (map: Readonly<Record<string, string>>, code: string) => map[code] ?? code;
const statusLabel = (s: string) => REVIEW_STATUS_LABELS[s as ReviewStatus] ?? s;

function handlingText(h: Handling): string {
  const base = HANDLING_LABELS[h.kind];
  if (h.kind === 'own-case') return `${base}（案件编号：${h.caseNumber}）`;
  if (h.kind === 'transferred') return `${base}（接收部门：${h.recipientDepartment}）`;
  if (h.kind === 'criminal-referral' && h.recipientUnit) return `${base}（接收单位：${h.recipientUnit}）`;
  return base;
}

export async function inspectionReportPdf(input: InspectionReportInput): Promise<Buffer> {
  const { report: r, record } = input;
  const number = `${record.taskCode ?? '定向检查'}-${r.entity.publicId}-第${r.version}版`;
  const { doc, finish } = newA4(
    `检查结果报告 ${r.entity.name}`,
    `检查结果报告 ${number} · ${input.printedBy} 打印于 ${beijingTime(input.printedAt)}`,
  );
  heading(doc, record.unitName, '“双随机”抽查检查结果报告', `编号：${number}`);
  if (!['approved', 'published'].includes(r.review.status))
    paragraph(doc, `注意：本报告${statusLabel(r.review.status)}，尚未审核通过。`);
  section(doc, '一、基本情况');
  const responsible = record.inspectors.find((i) => i.badgeNumber === record.responsibleBadgeNumber);
  fields(doc, [
    ['检查对象', r.entity.name],
    ['统一社会信用代码', r.entity.publicId],
    ['抽查事项', `${r.item.name}（${r.item.code}）`],
    ['检查类型', record.basis === 'targeted' ? '定向检查' : '随机抽查'],
    ['抽查任务', record.taskCode ?? '—'],
    ['检查日期', record.checkedOn ?? '—'],
    ['负责人', responsible ? `${responsible.name}（${responsible.badgeNumber}）` : '—'],
    ['报告版本', `第 ${r.version} 版`],
  ]);
  section(doc, '二、执法检查人员');
  table(
    doc,
    record.inspectors.map((p, i) => [String(i + 1), p.name, p.badgeNumber]),
    { widths: [0.6, 3, 3], header: ['序号', '姓名', '执法证号'] },
  );
  section(doc, '三、检查情况');
  table(
    doc,
    r.findings.map((f) => [label(INSPECTION_METHOD_LABELS, f.method), f.summary]),
    { widths: [1, 4], header: ['检查方式', '检查发现'] },
  );
  fields(doc, [['检查意见', r.opinion]], 1);
  resultSection(doc, r);
  reviewSection(doc, r);
  signSection(doc, input);
  return finish();
}

/** The result in its Chinese wording, non-cooperation (Art. 25), handling and follow-ups (R-N.11). */
function resultSection(doc: PDFKit.PDFDocument, r: ReportView): void {
  section(doc, '四、检查结果与处理');
  fields(
    doc,
    [
      ['检查结果', r.resultLabel],
      [
        '不配合情形',
        r.nonCooperation
          .map((n) => `${label(NON_COOPERATION_LABELS, n.kind)}${n.description ? `：${n.description}` : ''}`)
          .join('；') || '无',
      ],
      ['处理方式', handlingText(r.handling)],
      [
        '后续处置',
        r.followUps
          .map((f) => `${label(FOLLOW_UP_LABELS, f.kind)}${f.note ? `：${f.note}` : ''}`)
          .join('；') || '无',
      ],
    ],
    1,
  );
}

function reviewSection(doc: PDFKit.PDFDocument, r: ReportView): void {
  section(doc, '五、审核与公示');
  const v = r.review;
  fields(doc, [
    ['审核状态', statusLabel(v.status)],
    ['审核通过日期', v.approvedOn ?? '—'],
    ['公示期限', v.deadline ? `${v.deadline}${v.deadlineProvisional ? '（暂定）' : ''}` : '—'],
    ['公示日期', v.publishedOn ?? '—'],
  ]);
  if (v.history.length)
    table(
      doc,
      v.history.map((h) => [
        h.on,
        h.to === 'awaiting-review' ? '提交审核' : statusLabel(h.to),
        h.actor,
        h.opinion ?? '',
      ]),
      { widths: [1.4, 1.4, 1.6, 4], header: ['日期', '办理结果', '办理人', '意见'] },
    );
}

/** Signature lines for the inspectors, the author and the approver; QR code and seal side by side. */
function signSection(doc: PDFKit.PDFDocument, input: InspectionReportInput): void {
  const { report: r, record } = input;
  // Signatures, QR code and seal stay together on one page, as on a paper form.
  ensureSpace(doc, (record.inspectors.length + 2) * 34 + 300);
  section(doc, '六、签字');
  const approval = r.review.history.filter((h) => h.to === 'approved').at(-1);
  signatureLines(doc, [
    ...record.inspectors.map((i) => ({
      role: '检查人员',
      name: `${i.name}（${i.badgeNumber}）`,
      signedAt: i.signature ? '已签名' : '',
    })),
    { role: '填报人', name: r.author, signedAt: beijingTime(r.createdAt) },
    { role: '审核人', name: approval?.actor ?? '', signedAt: approval?.on ?? '' },
  ]);
  const signers = (input.signers ?? []).filter((s) => s.step === 'record-submit' || s.reportId === r.id);
  officerSignatureLines(doc, signers, '暂无个人密钥签名');
  qrAndSeal(
    doc,
    input.verifyUrl
      ? { url: input.verifyUrl, caption: '扫描二维码或打开下列网址，可在门户网站核验本次随机抽取：' }
      : null,
    record.unitName,
  );
}
