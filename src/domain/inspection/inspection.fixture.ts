// Valid records and reports for the tests; each test changes one thing.
import type { AttachmentRef } from './attachment.ts';
import type { InspectionRecord, RecordContext } from './inspection-record.ts';
import type { InspectionReport } from './report.ts';
import type { Signature } from './signature.ts';

export const DIGEST = 'a'.repeat(64);

export const signature = (kind: Signature['kind'] = 'drawn'): Signature => ({
  kind,
  imageSha256: DIGEST,
  signedAt: '2025-06-10T10:00:00+08:00',
});

export const photo: AttachmentRef = {
  id: 'att-1',
  kind: 'photo',
  mime: 'image/jpeg',
  fileName: '前台.jpg',
  size: 120_000,
  sha256: 'b'.repeat(64),
};

export const context: RecordContext = {
  team: ['150801', '150802'],
  replacements: [],
  checklistCodes: ['C1', 'C2', 'C3'],
  allowedMethods: ['on-site', 'document'],
  entityDrawn: true,
  today: '2025-06-20',
  window: { from: '2025-06-01', to: '2025-06-30' },
};

export const record: InspectionRecord = {
  id: 'rec-1',
  entityId: 'ent-1',
  itemCode: 'ZA-001',
  basis: { kind: 'random', taskId: 'task-1' },
  checkedOn: '2025-06-10',
  methods: ['on-site'],
  policeIdShown: true,
  inspectors: [
    { badgeNumber: '150801', name: '张伟', signature: signature() },
    { badgeNumber: '150802', name: '李娜', signature: signature() },
  ],
  responsibleBadgeNumber: '150801',
  rows: [
    { checklistCode: 'C1', finding: 'compliant', note: '' },
    { checklistCode: 'C2', finding: 'compliant', note: '' },
    { checklistCode: 'C3', finding: 'not-applicable', note: '无住宿登记系统' },
  ],
  attachments: [photo],
  party: { kind: 'signed', signerName: '王经理', signature: signature('seal-photo') },
};

export const report: InspectionReport = {
  id: 'rep-1',
  recordId: 'rec-1',
  version: 1,
  authorId: 'user-zhang',
  findings: [{ method: 'on-site', summary: '现场检查未发现问题' }],
  opinion: '未发现违法违规行为',
  resultCode: 'no-problem',
  nonCooperation: [],
  handling: { kind: 'none' },
  followUps: [],
  touchesTradeSecret: false,
  touchesPrivacy: false,
};

/** A report with a violation handled by the department's own case. */
export const problemReport: InspectionReport = {
  ...report,
  opinion: '未按规定登记旅客身份信息',
  resultCode: 'problem-pending',
  handling: { kind: 'own-case', caseNumber: '临公（治）立字〔2025〕118号' },
  followUps: [{ id: 'fu-1', kind: 'order-to-correct', state: 'open', closedOn: null, closingNote: null }],
};
