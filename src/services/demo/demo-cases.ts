// What the demo inspectors found at the drawn hotels: one case per entity, in the order of the draw.
import type { Method, PartyJson } from '../../db/schema/index.ts';
import type { ReportInput } from '../inspection-report.service.ts';

/** How far a case goes: published, left awaiting review (R-N.8), or a record still in draft. */
export type DemoCaseStage = 'published' | 'awaiting-review' | 'draft';

export interface DemoCase {
  readonly stage: DemoCaseStage;
  readonly checkedOn: string;
  readonly methods: readonly Method[];
  /** Checklist rows found not compliant, by their position in the item's checklist; the rest comply. */
  readonly nonCompliant: readonly { readonly row: number; readonly note: string }[];
  /** The party signs (with this name), or refuses with a reason. */
  readonly party: { readonly signer: string } | { readonly refused: string };
  readonly report?: Omit<ReportInput, 'touchesTradeSecret' | 'touchesPrivacy'>;
  /** Report entered, reviewed (by the leader), published: days after the check. */
  readonly days?: { readonly report: number; readonly approve: number; readonly publish: number };
}

const noProblem = (summary: string, online?: string): DemoCase['report'] => ({
  resultCode: 'no-problem',
  nonCooperation: [],
  handling: { kind: 'none' },
  followUps: [],
  findings: [
    { method: 'on-site', summary },
    ...(online ? [{ method: 'online' as const, summary: online }] : []),
  ],
  opinion: '经检查，未发现违反旅馆业治安管理规定的问题。',
});

export const DEMO_CASES: readonly DemoCase[] = [
  {
    stage: 'published',
    checkedOn: '2026-03-23',
    methods: ['on-site'],
    nonCompliant: [],
    party: { signer: '王丽' },
    report: noProblem('特种行业许可证有效，旅客登记、信息上传、财物保管和视频监控均符合要求'),
    days: { report: 1, approve: 3, publish: 7 },
  },
  {
    stage: 'published',
    checkedOn: '2026-03-25',
    methods: ['on-site', 'online'],
    nonCompliant: [],
    party: { signer: '赵永刚' },
    report: noProblem(
      '现场抽查当日入住旅客 12 人，均逐人查验证件并登记',
      '旅馆业治安管理信息系统中住宿登记信息上传及时、完整',
    ),
    days: { report: 1, approve: 2, publish: 6 },
  },
  {
    stage: 'published',
    checkedOn: '2026-03-31',
    methods: ['on-site'],
    nonCompliant: [],
    party: { signer: '刘芳' },
    report: noProblem('各项治安管理制度健全，安全保卫人员在岗，录像保存 30 日以上'),
    days: { report: 1, approve: 2, publish: 7 },
  },
  {
    stage: 'published',
    checkedOn: '2026-04-08',
    methods: ['on-site', 'online'],
    nonCompliant: [{ row: 2, note: '3 月 28 日至 4 月 2 日有 5 名旅客的住宿登记信息未实时上传' }],
    party: { signer: '孙建华' },
    report: {
      findings: [
        { method: 'on-site', summary: '前台登记簿与系统记录不一致，负责人承认部分信息补录' },
        { method: 'online', summary: '系统中 5 名旅客的登记信息迟于入住 24 小时以上上传' },
      ],
      opinion: '责令该旅馆于 2026 年 4 月 30 日前整改，整改情况报治安管理大队（联系电话 13904781234）。',
      resultCode: 'problem-pending',
      nonCooperation: [],
      handling: { kind: 'none' },
      followUps: [{ kind: 'order-to-correct', note: '责令限期整改住宿登记信息上传问题，到期复查' }],
    },
    days: { report: 1, approve: 2, publish: 6 },
  },
  {
    stage: 'published',
    checkedOn: '2026-04-15',
    methods: ['on-site'],
    nonCompliant: [
      { row: 1, note: '拒不提供旅客住宿登记簿，无法核查是否如实登记' },
      { row: 5, note: '负责人以设备故障为由拒绝调阅监控录像' },
    ],
    party: { refused: '负责人拒绝在检查登记表上签字，称“不认可检查”' },
    report: {
      findings: [{ method: 'on-site', summary: '负责人阻止检查人员进入客房区，拒不提供登记簿和监控录像' }],
      opinion: '该旅馆不配合检查情节严重，已依法立案调查，并提请列入经营异常名录。',
      resultCode: 'serious-non-cooperation',
      nonCooperation: [
        { kind: 'blocked-entry', description: '阻止检查人员进入客房区' },
        { kind: 'refused-documents', description: '拒不提供旅客住宿登记簿和监控录像' },
      ],
      handling: { kind: 'own-case', caseNumber: '临公（治）立字〔2026〕017号' },
      followUps: [{ kind: 'abnormal-list', note: '不配合检查情节严重，提请列入经营异常名录' }],
    },
    days: { report: 1, approve: 2, publish: 6 },
  },
  {
    stage: 'awaiting-review',
    checkedOn: '2026-04-22',
    methods: ['on-site'],
    nonCompliant: [],
    party: { signer: '周敏' },
    report: noProblem('许可证、登记、保管、监控等各项检查内容均符合要求'),
    days: { report: 2, approve: 0, publish: 0 },
  },
  {
    stage: 'awaiting-review',
    checkedOn: '2026-04-28',
    methods: ['on-site'],
    nonCompliant: [{ row: 3, note: '未设置旅客财物保管箱（柜）' }],
    party: { signer: '吴海涛' },
    report: {
      findings: [
        { method: 'on-site', summary: '未设置旅客财物保管箱（柜），现场责令改正，当日已购置保管柜' },
      ],
      opinion: '发现未设置旅客财物保管设施的问题，经现场责令已改正。',
      resultCode: 'corrected-on-order',
      nonCooperation: [],
      handling: { kind: 'none' },
      followUps: [],
    },
    days: { report: 1, approve: 0, publish: 0 },
  },
  { stage: 'draft', checkedOn: '2026-05-12', methods: ['on-site'], nonCompliant: [], party: { signer: '' } },
];

/** The party's confirmation as the record stores it, once its signature image is uploaded. */
export function partyOf(c: DemoCase, signatureId: string | null): PartyJson {
  if ('refused' in c.party) return { kind: 'refused', reason: c.party.refused, witness: null };
  return { kind: 'signed', signerName: c.party.signer, signatureId: signatureId! };
}
