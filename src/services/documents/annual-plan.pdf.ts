// 年度抽查计划 (R-17.1, R-N.2): items, ratios per sampling group, rounds and their draws, teams, and the approval.
import type { PlanDetail } from '../plan.service.ts';
import { qrAndSeal, signatureLines } from './pdf-marks.ts';
import { fields, table } from './pdf-table.ts';
import { ensureSpace, heading, newA4, paragraph, section } from './pdf-page.ts';
import { beijingTime } from './text-format.ts';

export interface PlanTaskLine {
  readonly code: string;
  readonly round: number;
  readonly drawDate: string;
  readonly status: string;
}

export interface AnnualPlanInput {
  readonly plan: PlanDetail;
  readonly tasks: readonly PlanTaskLine[];
  readonly createdBy: string;
  readonly approvedBy: string;
  /** The portal's plan list; only an approved plan is published there. */
  readonly publicUrl: string | null;
  readonly printedBy: string;
  readonly printedAt: Date;
}

const RISK_CLASS: Record<string, string> = { A: '低风险', B: '一般风险', C: '较高风险', D: '高风险' };
const TASK_STATUS: Record<string, string> = { ready: '待抽取', drawing: '抽取中', drawn: '已抽取' };

export async function annualPlanPdf(input: AnnualPlanInput): Promise<Buffer> {
  const { plan } = input;
  const { doc, finish } = newA4(
    `${plan.year}年度抽查计划 ${plan.name}`,
    `年度抽查计划 ${plan.code} · ${input.printedBy} 打印于 ${beijingTime(input.printedAt)}`,
  );
  heading(doc, plan.unitName, `${plan.year}年度“双随机”抽查工作计划`, `编号：${plan.code}`);
  if (plan.status !== 'approved') paragraph(doc, '注意：本计划为草稿，尚未批准，不得据此开展抽取。');
  section(doc, '一、基本情况');
  fields(doc, [['计划名称', plan.name]], 1);
  fields(doc, [
    ['年度', `${plan.year} 年`],
    ['制定单位', plan.unitName],
    ['状态', plan.status === 'approved' ? '已批准' : '草稿'],
    ['每户每年上限', `${plan.yearlyCap} 次`],
    ['联合检查', plan.joint ? '是' : '否'],
    ['每层递补对象', `${plan.reservePerStratum} 个`],
    ['递补检查人员', `${plan.inspectorReserve} 名`],
    ['每人最多检查', plan.maxLoad ? `${plan.maxLoad} 户` : '不限'],
    ['抽查事项', `${plan.items.length} 项`],
    ['抽查轮次', `${plan.rounds.length} 轮`],
  ]);
  section(doc, '二、抽查事项');
  table(
    doc,
    plan.items.map((i, n) => [String(n + 1), i.code, i.name, i.higherRule ?? '—']),
    { widths: [0.6, 1.8, 3.6, 3], header: ['序号', '事项编号', '事项名称', '上级规定'] },
  );
  section(doc, '三、抽查比例');
  table(
    doc,
    plan.rates.map((r) => [
      r.group,
      RISK_CLASS[r.riskClass] ?? r.riskClass,
      r.regionCode ?? '全辖区',
      `${r.percent}%`,
    ]),
    { widths: [1.6, 2, 2, 1.6], header: ['抽查分组', '信用风险分类', '适用地区', '抽查比例'] },
  );
  paragraph(
    doc,
    '所有分组均参加抽取，不设免检对象。信用风险分类与分组的对应关系为内部信息，不对外公开。',
    9.5,
  );
  scheduleSection(doc, input);
  section(doc, '五、检查力量');
  table(
    doc,
    plan.teams.map((t, n) => [String(n + 1), t.unitName, t.unitCode, `${t.size} 人`]),
    { widths: [0.6, 4, 2, 1.6], header: ['序号', '参加单位', '单位代码', '每组人数'] },
  );
  approvalSection(doc, input);
  return finish();
}

/** Each round's window with the task drawn in it, if any. */
function scheduleSection(doc: PDFKit.PDFDocument, input: AnnualPlanInput): void {
  section(doc, '四、抽查轮次与时间安排');
  table(
    doc,
    input.plan.rounds.map((r) => {
      const task = input.tasks.find((t) => t.round === r.round);
      return [
        `第 ${r.round} 轮`,
        `${r.from} 至 ${r.to}`,
        task?.code ?? '未建任务',
        task?.drawDate ?? '—',
        task ? (TASK_STATUS[task.status] ?? task.status) : '—',
      ];
    }),
    { widths: [1, 2.6, 2.6, 1.6, 1.2], header: ['轮次', '检查时间', '抽查任务', '抽取日期', '状态'] },
  );
}

function approvalSection(doc: PDFKit.PDFDocument, input: AnnualPlanInput): void {
  const { plan } = input;
  // Signatures, QR code and seal stay together on one page, as on a paper form.
  ensureSpace(doc, 2 * 34 + 230);
  section(doc, '六、审批');
  signatureLines(doc, [
    { role: '制定人', name: input.createdBy, signedAt: '' },
    { role: '批准人', name: input.approvedBy, signedAt: plan.approvedAt ? beijingTime(plan.approvedAt) : '' },
  ]);
  qrAndSeal(
    doc,
    input.publicUrl
      ? { url: input.publicUrl, caption: '本计划已在门户网站公开，扫描二维码或打开下列网址查看：' }
      : null,
    plan.unitName,
  );
}
