// 抽取记录表 (R-20.2): what was drawn, from what, by whom, and how anyone checks it, on A4 to sign and seal.
import type { drawService } from '../draw.service.ts';
import { fields, table } from './pdf-table.ts';
import { qrCode, sealArea, signatureLines } from './pdf-marks.ts';
import {
  CONTENT_WIDTH,
  ensureSpace,
  heading,
  MARGIN,
  newA4,
  paragraph,
  section,
  type Pdf,
} from './pdf-page.ts';
import { beijingTime, digestLines } from './text-format.ts';

export type DrawView = Awaited<ReturnType<typeof drawService.get>>;

export interface DrawRecordInput {
  readonly draw: DrawView;
  readonly unitName: string;
  readonly items: readonly { readonly code: string; readonly name: string }[];
  /** The portal's 核验 page of this draw, printed and encoded in the QR code. */
  readonly verifyUrl: string;
  readonly printedBy: string;
  readonly printedAt: Date;
}

const STATUS: Record<string, string> = {
  announced: '收集承诺',
  revealing: '公开随机数',
  revealed: '待计算',
  computed: '待签名',
  confirmed: '已确认',
  aborted: '已中止',
};
const ROLE: Record<string, string> = {
  drawer: '抽取人',
  supervisor: '监督人',
  system: '系统',
  witness: '见证人',
};
const KIND: Record<string, string> = {
  media: '媒体',
  'special-supervisor': '特邀监督员',
  'entity-representative': '市场主体代表',
  other: '其他',
};
const ORDER: Record<string, number> = { drawer: 0, supervisor: 1, system: 2, witness: 3 };

const text = (v: unknown): string =>
  Array.isArray(v)
    ? v.map(text).join('、')
    : typeof v === 'string' || typeof v === 'number'
      ? String(v)
      : '—';

export async function drawRecordPdf(input: DrawRecordInput): Promise<Buffer> {
  const { draw } = input;
  const { doc, finish } = newA4(
    `抽取记录表 ${draw.drawId}`,
    `抽取记录表 ${draw.drawId} · ${input.printedBy} 打印于 ${beijingTime(input.printedAt)}`,
  );
  heading(doc, input.unitName, '“双随机”抽查抽取记录表', `编号：${draw.drawId}`);
  if (draw.status !== 'confirmed') {
    paragraph(
      doc,
      `注意：本次抽取尚未确认（当前状态：${STATUS[draw.status] ?? draw.status}），本表仅供核对。`,
    );
  }

  section(doc, '一、基本情况');
  fields(doc, [
    ['抽查计划', text(draw.plan['plan'])],
    ['抽查任务', draw.taskCode],
    ['抽查事项', input.items.map((i) => `${i.name}（${i.code}）`).join('；') || text(draw.plan['itemIds'])],
    ['抽取日期', draw.drawDate],
    ['名录总数', String(draw.poolSize ?? '—')],
    ['符合条件对象数', String(draw.eligible ?? '—')],
    ['公告时间', beijingTime(draw.createdAt)],
    ['计算时间', beijingTime(draw.computedAt)],
    ['确认时间', beijingTime(draw.confirmedAt)],
    ['状态', STATUS[draw.status] ?? draw.status],
    ['每层备选数', text(draw.plan['reservePerStratum'])],
    ['人员备选数／每人上限', `${text(draw.plan['inspectorReserve'])}／${text(draw.plan['maxLoad'])}`],
  ]);

  section(doc, '二、随机种子与摘要（抽取前固定，供核验）');
  const d = draw.digests;
  const digests: [string, string | null][] = [
    ['计划摘要', d.plan],
    ['对象名录摘要', d.pool],
    ['人员名录摘要', d.inspectors],
    ['分层摘要', d.strata],
    ['随机种子', d.seed],
    ['结果摘要', d.result],
    ['公开部分摘要', d.public],
    ['声明摘要', draw.statementDigest],
  ];
  table(
    doc,
    digests.filter(([, v]) => v).map(([k, v]) => [k, digestLines(v!)]),
    { widths: [1, 4], labelColumns: [0], size: 9 },
  );

  entitiesSection(doc, input);
  replacementsSection(doc, input);
  participantsSection(doc, input);
  closing(doc, input);
  return finish();
}

function entitiesSection(doc: Pdf, { draw }: DrawRecordInput): void {
  const name = (x: string) => draw.names.entities[x] ?? '';
  const inspector = (x: string) => `${draw.names.inspectors[x] ?? ''}（${x}）`;
  const strata = draw.result?.strata ?? [];
  section(doc, '三、分层与抽取数量');
  table(
    doc,
    strata.map((s) => [
      s.stratum,
      String(s.eligible),
      String(s.quota),
      String(s.selected.length),
      String(s.reserve.length),
    ]),
    { widths: [2, 1, 1, 1, 1], header: ['分层', '符合条件', '应抽数', '抽中', '备选'] },
  );
  section(doc, '四、抽中对象与检查组（检查人员后为执法证号）');
  const teams = new Map((draw.result?.teams ?? []).map((t) => [t.entity, t]));
  const rows = strata.flatMap((s) =>
    s.selected.map((x) => {
      const pools = teams.get(x)?.pools ?? [];
      return [
        name(x),
        x,
        s.stratum,
        pools.map((p) => p.inspectors.map(inspector).join('、')).join('；'),
        pools.map((p) => p.reserve.map(inspector).join('、')).join('；'),
      ];
    }),
  );
  table(
    doc,
    rows.map((r, i) => [String(i + 1), ...r]),
    {
      widths: [0.5, 2.6, 3.1, 1.4, 2.9, 2.3],
      header: ['序号', '对象名称', '统一社会信用代码', '分层', '检查人员', '备选人员'],
      size: 8.5,
    },
  );
  if (strata.some((s) => s.reserve.length)) {
    section(doc, '五、备选对象（按顺序递补）');
    const list = (ids: readonly string[]) => ids.map((x, i) => `${i + 1}. ${name(x)}（${x}）`).join('\n');
    table(
      doc,
      strata.filter((s) => s.reserve.length).map((s) => [s.stratum, list(s.reserve)]),
      { widths: [1, 5], header: ['分层', '备选对象（名称、统一社会信用代码）'], size: 8.5 },
    );
  }
}

/** Changes after confirmation (R-21.2): each approved replacement took the next candidate in order. */
function replacementsSection(doc: Pdf, { draw }: DrawRecordInput): void {
  if (draw.replacements.length === 0) return;
  section(doc, '六、确认后的变更（经批准，按备选顺序递补）');
  const r = (x: Readonly<Record<string, unknown>>, key: string) => text(x[key]);
  const who = (kind: string, id: string) =>
    kind === 'entity'
      ? `${draw.names.entities[id] ?? ''}（${id}）`
      : `${draw.names.inspectors[id] ?? ''}（${id}）`;
  table(
    doc,
    draw.replacements.map((x) => {
      const kind = r(x, 'kind');
      const approval = (x as { approval?: { at?: string } }).approval;
      return [
        r(x, 'seq'),
        kind === 'entity' ? '检查对象' : '检查人员',
        who(kind, r(x, 'out')),
        who(kind, r(x, 'in')),
        r(x, 'reason'),
        beijingTime(approval?.at ?? null),
      ];
    }),
    {
      widths: [0.5, 1, 2.6, 2.6, 3, 1.5],
      header: ['序号', '类型', '换出', '换入', '理由', '批准时间'],
      size: 8.5,
    },
  );
}

function participantsSection(doc: Pdf, { draw }: DrawRecordInput): void {
  section(doc, `${draw.replacements.length ? '七' : '六'}、参与人员签字`);
  const people = [...draw.participants].sort(
    (a, b) => (ORDER[a.role] ?? 9) - (ORDER[b.role] ?? 9) || (a.witness ?? '').localeCompare(b.witness ?? ''),
  );
  signatureLines(
    doc,
    people
      .filter((p) => p.role !== 'system')
      .map((p) => ({
        role: `${ROLE[p.role] ?? p.role}${p.role === 'witness' ? ` ${p.witness ?? ''}${p.kind ? `（${KIND[p.kind] ?? p.kind}）` : ''}` : ''}`,
        name: p.name ?? '—',
        signedAt: beijingTime(p.signedAt),
      })),
  );
}

/** The QR code to the portal's 核验 page on the left, the seal on the right. */
function closing(doc: Pdf, input: DrawRecordInput): void {
  ensureSpace(doc, 170);
  doc.moveDown(0.8);
  const y = doc.y;
  qrCode(doc, input.verifyUrl, MARGIN, y, 100);
  doc.fontSize(9).text('扫码或打开下列网址，在浏览器中核验本次抽取：', MARGIN + 108, y + 10, { width: 230 });
  doc.text(input.verifyUrl, MARGIN + 108, doc.y + 2, { width: 230 });
  doc.text(
    `也可下载抽取数据包后运行 shuangsui verify ${input.draw.drawId}.bundle.json 复算。`,
    MARGIN + 108,
    doc.y + 4,
    {
      width: 230,
    },
  );
  sealArea(doc, MARGIN + CONTENT_WIDTH - 150, y, input.unitName);
  doc.x = MARGIN;
  doc.y = y + 150;
}
