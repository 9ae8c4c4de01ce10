// The inspection record (检查登记表) and its rules.
import { isIsoDate } from '../calendar/iso-date.ts';
import { isSha256Hex, type AttachmentRef } from './attachment.ts';
import { checked, problemList, type AddProblem, type Checked } from './checked.ts';
import { INSPECTION_METHODS, type InspectionMethod } from './inspection-method.ts';
import { checkParty, checkSignature, type PartyConfirmation, type Signature } from './signature.ts';
import { isTargetedReason, type InspectionBasis } from './targeted.ts';

export const FINDINGS = ['compliant', 'non-compliant', 'not-applicable'] as const;
export type Finding = (typeof FINDINGS)[number];
export const FINDING_LABELS: Readonly<Record<Finding, string>> = {
  compliant: '符合',
  'non-compliant': '不符合',
  'not-applicable': '不适用',
};

/** One check content of the item's published checklist and what was found. */
export interface ChecklistRow {
  readonly checklistCode: string;
  readonly finding: Finding;
  readonly note: string;
}

/** An inspector who carried out the inspection (present, for an on-site visit) and signs the record. */
export interface RecordInspector {
  readonly badgeNumber: string;
  readonly name: string;
  readonly signature: Signature | null;
}

export interface InspectionRecord {
  readonly id: string;
  readonly entityId: string;
  readonly itemCode: string;
  readonly basis: InspectionBasis;
  readonly checkedOn: string;
  readonly methods: readonly InspectionMethod[];
  /** the inspectors showed their police ID (出示警察证). */
  readonly policeIdShown: boolean;
  readonly inspectors: readonly RecordInspector[];
  /** 谁检查谁负责: the badge number of the inspector answerable for the record. */
  readonly responsibleBadgeNumber: string;
  readonly rows: readonly ChecklistRow[];
  readonly attachments: readonly AttachmentRef[];
  readonly party: PartyConfirmation | null;
}

/** What the record is checked against: the task's draw and the item's published version. */
export interface RecordContext {
  /** Badge numbers of the drawn team (or of the officers assigned to a targeted inspection). */
  readonly team: readonly string[];
  /** Approved replacements of team members. */
  readonly replacements: readonly { readonly replaced: string; readonly by: string }[];
  readonly checklistCodes: readonly string[];
  readonly allowedMethods: readonly InspectionMethod[];
  /** The entity was drawn in the record's task. */
  readonly entityDrawn: boolean;
  readonly today: string;
  readonly window: { readonly from: string; readonly to: string } | null;
}

export function checkInspectionRecord(
  record: InspectionRecord,
  context: RecordContext,
): Checked<InspectionRecord> {
  const { problems, add } = problemList();
  checkBasis(record.basis, context.entityDrawn, add);
  checkMethods(record.methods, context.allowedMethods, add);
  checkInspectors(record, context, add);
  checkRows(record.rows, context.checklistCodes, add);
  checkAttachments(record.attachments, add);
  checkParty(record.party, record.methods.includes('on-site'), add);
  checkDate(record.checkedOn, context, add);
  return checked(record, problems);
}

function checkBasis(basis: InspectionBasis, entityDrawn: boolean, add: AddProblem): void {
  if (basis.kind === 'targeted') {
    if (!isTargetedReason(basis.reason))
      add('basis.reason', 'targeted-reason-invalid', '定向检查须选择第四条规定的五种情形之一');
  } else if (!entityDrawn) {
    add('entityId', 'entity-not-drawn', '该检查对象未在本次抽查任务中被抽中，不能登记随机抽查结果');
  }
}

function checkMethods(
  methods: readonly InspectionMethod[],
  allowed: readonly InspectionMethod[],
  add: AddProblem,
): void {
  if (methods.length === 0) add('methods', 'methods-required', '至少选择一种检查方式');
  const seen = new Set<string>();
  methods.forEach((m, i) => {
    if (!(INSPECTION_METHODS as readonly string[]).includes(m))
      add(`methods[${i}]`, 'method-unknown', `检查方式“${m}”无效`);
    else if (!allowed.includes(m)) add(`methods[${i}]`, 'method-not-allowed', `本事项不采用该检查方式：${m}`);
    if (seen.has(m)) add(`methods[${i}]`, 'method-duplicate', `检查方式重复：${m}`);
    seen.add(m);
  });
}

function checkInspectors(record: InspectionRecord, context: RecordContext, add: AddProblem): void {
  const replaced = new Set(context.replacements.map((r) => r.replaced));
  const team = new Set([
    ...context.team.filter((b) => !replaced.has(b)),
    ...context.replacements.map((r) => r.by),
  ]);
  const seen = new Set<string>();
  record.inspectors.forEach((p, i) => {
    const at = `inspectors[${i}]`;
    if (seen.has(p.badgeNumber)) add(at, 'inspector-duplicate', `检查人员重复：${p.badgeNumber}`);
    else if (replaced.has(p.badgeNumber))
      add(at, 'inspector-replaced', `${p.name}（${p.badgeNumber}）已被递补替换`);
    else if (!team.has(p.badgeNumber))
      add(
        at,
        'inspector-not-in-team',
        `${p.name}（${p.badgeNumber}）不是抽取的检查组成员，也不是经批准的递补人员`,
      );
    seen.add(p.badgeNumber);
    checkSignature(`${at}.signature`, p.signature, `检查人员 ${p.name}`, add);
  });
  if (record.methods.includes('on-site')) {
    if (seen.size < 2)
      add('inspectors', 'on-site-too-few-inspectors', '实地检查的检查人员不得少于两人（第二十二条）');
    if (!record.policeIdShown)
      add('policeIdShown', 'police-id-not-shown', '实地检查须向被检查对象出示警察证（第二十二条）');
  } else if (seen.size === 0) {
    add('inspectors', 'inspectors-required', '至少须有一名检查人员');
  }
  if (!seen.has(record.responsibleBadgeNumber))
    add(
      'responsibleBadgeNumber',
      'responsible-not-inspector',
      '负责人须为本次检查的检查人员（谁检查谁负责）',
    );
}

function checkRows(rows: readonly ChecklistRow[], checklist: readonly string[], add: AddProblem): void {
  const published = new Set(checklist);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const at = `rows[${i}]`;
    if (!published.has(row.checklistCode))
      add(
        at,
        'checklist-row-not-in-item',
        `检查内容“${row.checklistCode}”不在本事项公布的检查内容中（第十一条）`,
      );
    else if (seen.has(row.checklistCode))
      add(at, 'checklist-row-duplicate', `检查内容重复：${row.checklistCode}`);
    seen.add(row.checklistCode);
    if (!(FINDINGS as readonly string[]).includes(row.finding))
      add(`${at}.finding`, 'finding-invalid', '检查结论须为符合、不符合或不适用');
    else if (row.finding === 'non-compliant' && !row.note.trim())
      add(`${at}.note`, 'finding-note-required', '结论为“不符合”的，须写明发现的问题');
  });
  for (const code of checklist)
    if (!seen.has(code)) add('rows', 'checklist-row-missing', `缺少检查内容“${code}”的检查结论`);
}

function checkAttachments(attachments: readonly AttachmentRef[], add: AddProblem): void {
  const ids = new Set<string>();
  attachments.forEach((a, i) => {
    if (!isSha256Hex(a.sha256))
      add(
        `attachments[${i}].sha256`,
        'attachment-digest-invalid',
        `附件“${a.fileName}”缺少有效的 SHA-256 摘要`,
      );
    if (ids.has(a.id)) add(`attachments[${i}]`, 'attachment-duplicate', `附件重复：${a.fileName}`);
    ids.add(a.id);
  });
}

function checkDate(checkedOn: string, context: RecordContext, add: AddProblem): void {
  if (!isIsoDate(checkedOn)) add('checkedOn', 'invalid-date', '检查日期无效');
  else if (checkedOn > context.today) add('checkedOn', 'check-date-in-future', '检查日期不能晚于今天');
  else if (context.window && (checkedOn < context.window.from || checkedOn > context.window.to))
    add(
      'checkedOn',
      'check-date-outside-window',
      `检查日期须在任务期间 ${context.window.from} 至 ${context.window.to} 内`,
    );
}
