// 检查通知书: tells a drawn entity who will inspect it, for what, what to prepare, and how to check the draw.
import { fields, table } from './pdf-table.ts';
import { qrCode, sealArea } from './pdf-marks.ts';
import { CONTENT_WIDTH, ensureSpace, heading, MARGIN, newA4, paragraph, section } from './pdf-page.ts';
import { beijingTime } from './text-format.ts';

export interface NoticeItem {
  readonly code: string;
  readonly name: string;
  readonly legalBasis: readonly { readonly law: string; readonly article: string }[];
  readonly checklist: readonly { readonly code: string; readonly text: string }[];
  readonly methods: readonly string[];
}

export interface InspectionNoticeInput {
  readonly unitName: string;
  readonly number: string;
  readonly entity: { readonly name: string; readonly code: string };
  readonly items: readonly NoticeItem[];
  readonly inspectors: readonly { readonly name: string; readonly badgeNumber: string }[];
  readonly drawId: string;
  readonly drawDate: string;
  readonly verifyUrl: string;
  readonly printedBy: string;
  readonly printedAt: Date;
}

const METHOD: Record<string, string> = { 'on-site': '实地检查', document: '书面检查', online: '网络监测' };

/** What an inspected party is usually asked to have ready; the item's checklist says what is looked at. */
const TO_PREPARE = [
  '营业执照（或其他登记证明）及相关许可证件的原件；',
  '法定代表人（负责人）或其委托人的身份证明，委托的须出具授权委托书；',
  '与下列检查内容有关的登记簿、台账、记录、制度和其他资料；',
  '检查人员要求提供的其他材料。',
];

export async function inspectionNoticePdf(input: InspectionNoticeInput): Promise<Buffer> {
  const { doc, finish } = newA4(
    `检查通知书 ${input.entity.name}`,
    `检查通知书 ${input.number} · ${input.printedBy} 打印于 ${beijingTime(input.printedAt)}`,
  );
  heading(doc, input.unitName, '“双随机”抽查检查通知书', `编号：${input.number}`);
  paragraph(doc, `${input.entity.name}（统一社会信用代码／证件号码：${input.entity.code}）：`, 11.5);
  doc.moveDown(0.3);
  paragraph(
    doc,
    `    根据“双随机、一公开”监管工作要求，你单位于 ${input.drawDate} 经公开随机抽取（抽取编号 ${input.drawId}）被确定为本次抽查对象。` +
      `我单位将派出下列执法检查人员，依法对你单位开展抽查。检查时检查人员将出示执法证件，请予以配合，如实提供有关情况和资料。`,
    11,
  );
  section(doc, '一、抽查事项与检查内容');
  for (const item of input.items) {
    fields(
      doc,
      [
        ['抽查事项', `${item.name}（${item.code}）`],
        ['检查方式', item.methods.map((m) => METHOD[m] ?? m).join('、') || '—'],
        ['检查依据', item.legalBasis.map((b) => `${b.law}${b.article}`).join('；') || '—'],
      ],
      1,
    );
    table(
      doc,
      item.checklist.map((c, i) => [String(i + 1), c.text]),
      { widths: [0.6, 8], header: ['序号', '检查内容'] },
    );
  }
  section(doc, '二、请准备的材料');
  TO_PREPARE.forEach((line, i) => paragraph(doc, `${i + 1}. ${line}`));
  section(doc, '三、执法检查人员');
  table(
    doc,
    input.inspectors.map((p, i) => [String(i + 1), p.name, p.badgeNumber]),
    { widths: [0.6, 3, 3], header: ['序号', '姓名', '执法证号'] },
  );
  paragraph(
    doc,
    '检查人员少于两人、未出示执法证件或与上表不符的，你单位有权拒绝检查，并可向我单位反映。',
    10,
  );
  verifySection(doc, input);
  return finish();
}

/** How the entity checks that it was drawn at random, with the QR code; the seal on the right. */
function verifySection(doc: PDFKit.PDFDocument, input: InspectionNoticeInput): void {
  ensureSpace(doc, 200);
  section(doc, '四、如何核验本次抽取');
  const y = doc.y + 4;
  qrCode(doc, input.verifyUrl, MARGIN, y, 96);
  doc
    .fontSize(9.5)
    .text(
      '扫描左侧二维码或在浏览器中打开下列网址，可查看本次抽取的公告、参与见证人员和抽取结果，并在浏览器中重新计算，核对你单位确由随机抽取产生：',
      MARGIN + 106,
      y + 4,
      { width: 220, lineGap: 2 },
    );
  doc.text(input.verifyUrl, MARGIN + 106, doc.y + 4, { width: 220 });
  sealArea(doc, MARGIN + CONTENT_WIDTH - 150, y, input.unitName);
  doc.x = MARGIN;
  doc.y = y + 150;
  doc.fontSize(10.5);
}
