import { Type } from 'typebox';
import { FOLLOW_UP_KINDS } from '../../domain/inspection/follow-up.ts';
import { NON_COOPERATION_KINDS } from '../../domain/inspection/non-cooperation.ts';
import { NATIONAL_RESULT_CODES } from '../../domain/inspection/result-code.ts';
import { REVIEW_STATUSES } from '../../domain/inspection/review-flow.ts';
import { EntitySummaryView } from './directory.view.ts';
import { AuditEventView } from './org.view.ts';
import { List, Nullable, pageOf, ref, StringEnum } from './ref.ts';

// What the API shows of inspection records, reports and follow-ups (response schemas).

const Method = StringEnum(['on-site', 'document', 'online']);
const ReviewStatus = StringEnum(REVIEW_STATUSES);
const RecordStatus = StringEnum(['draft', 'submitted']);
const Basis = StringEnum(['random', 'targeted']);

export const EntityRefView = Type.Object(
  { id: Type.String(), publicId: Type.String(), name: Type.String() },
  { $id: 'EntityRef' },
);
export const TeamMemberView = Type.Object(
  { badgeNumber: Type.String(), name: Type.String() },
  { $id: 'TeamMember' },
);
export const AttachmentRefView = Type.Object(
  {
    id: Type.String(),
    kind: StringEnum(['photo', 'document', 'statement']),
    mime: Type.String(),
    fileName: Type.String(),
    size: Type.Integer(),
    sha256: Type.String(),
    createdAt: Type.String(),
  },
  { $id: 'AttachmentRef' },
);
export const SignatureRefView = Type.Object(
  {
    id: Type.String(),
    kind: StringEnum(['drawn', 'seal-photo']),
    mime: Type.String(),
    size: Type.Integer(),
    sha256: Type.String(),
    signedAt: Type.String(),
  },
  { $id: 'SignatureRef' },
);
const Signature = Nullable(ref(SignatureRefView));

export const InspectionRecordView = Type.Object(
  {
    id: Type.String(),
    status: RecordStatus,
    basis: Basis,
    drawId: Nullable(Type.String()),
    taskId: Nullable(Type.String()),
    taskCode: Nullable(Type.String()),
    targetedInspectionId: Nullable(Type.String()),
    targetedReason: Nullable(StringEnum(['complaint', 'assigned', 'case', 'on-the-spot', 'campaign'])),
    unitId: Type.String(),
    unitName: Type.String(),
    entity: ref(EntityRefView),
    item: Type.Object({
      id: Type.String(),
      code: Type.String(),
      name: Type.String(),
      version: Type.Integer(),
    }),
    team: List(ref(TeamMemberView)),
    checklist: Type.Array(Type.Object({ code: Type.String(), text: Type.String() })),
    allowedMethods: Type.Array(Method),
    checkedOn: Nullable(Type.String()),
    methods: Type.Array(Method),
    policeIdShown: Type.Boolean(),
    inspectors: Type.Array(
      Type.Object({ badgeNumber: Type.String(), name: Type.String(), signature: Signature }),
    ),
    responsibleBadgeNumber: Nullable(Type.String()),
    rows: Type.Array(
      Type.Object({
        checklistCode: Type.String(),
        finding: StringEnum(['compliant', 'non-compliant', 'not-applicable']),
        note: Type.String(),
      }),
    ),
    attachments: List(ref(AttachmentRefView)),
    party: Nullable(
      Type.Union([
        Type.Object({ kind: Type.Literal('signed'), signerName: Type.String(), signature: Signature }),
        Type.Object({
          kind: Type.Literal('refused'),
          reason: Type.String(),
          witness: Nullable(Type.Object({ name: Type.String(), signature: Signature })),
        }),
      ]),
    ),
    review: Type.Object({ status: ReviewStatus, reportId: Nullable(Type.String()) }),
    createdBy: Type.String(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    submittedAt: Nullable(Type.String()),
    submittedBy: Nullable(Type.String()),
    signingDigest: Type.String({
      description: '提交人签名的记录摘要（签名文本为 SS-RECORD-SIG-1\\n+摘要，docs/signatures.md）',
    }),
  },
  { $id: 'InspectionRecord' },
);

export const InspectionSummaryView = Type.Object(
  {
    id: Type.String(),
    status: RecordStatus,
    basis: Basis,
    drawId: Nullable(Type.String()),
    taskCode: Nullable(Type.String()),
    entity: ref(EntityRefView),
    item: Type.Object({ id: Type.String(), code: Type.String() }),
    checkedOn: Nullable(Type.String()),
    review: Type.Object({
      status: ReviewStatus,
      reportId: Nullable(Type.String()),
      deadline: Nullable(Type.String()),
      deadlineProvisional: Type.Boolean({ description: '暂定：所经年份的节假日尚未录入，只按周末计算' }),
      overdue: Type.Boolean(),
    }),
    updatedAt: Type.String(),
  },
  { $id: 'InspectionSummary' },
);

export const DrawnEntityRowView = Type.Object(
  {
    entity: ref(EntityRefView),
    team: List(ref(TeamMemberView)),
    records: Type.Array(
      Type.Object({ id: Type.String(), itemId: Type.String(), status: RecordStatus, review: ReviewStatus }),
    ),
  },
  { $id: 'DrawnEntityRow' },
);

const ReviewStep = Type.Object({
  from: ReviewStatus,
  to: ReviewStatus,
  actor: Type.String(),
  on: Type.String(),
  opinion: Nullable(Type.String()),
});

export const ReportView = Type.Object(
  {
    id: Type.String(),
    recordId: Type.String(),
    version: Type.Integer(),
    findings: Type.Array(Type.Object({ method: Method, summary: Type.String() })),
    opinion: Type.String(),
    resultCode: Type.String(),
    resultLabel: Type.String(),
    nonCooperation: Type.Array(
      Type.Object({ kind: StringEnum(NON_COOPERATION_KINDS), description: Type.String() }),
    ),
    handling: Type.Union([
      Type.Object({ kind: Type.Literal('none') }),
      Type.Object({ kind: Type.Literal('own-case'), caseNumber: Type.String() }),
      Type.Object({ kind: Type.Literal('transferred'), recipientDepartment: Type.String() }),
      Type.Object({ kind: Type.Literal('criminal-referral'), recipientUnit: Nullable(Type.String()) }),
    ]),
    followUps: Type.Array(Type.Object({ kind: StringEnum(FOLLOW_UP_KINDS), note: Type.String() })),
    touchesTradeSecret: Type.Boolean(),
    touchesPrivacy: Type.Boolean(),
    author: Type.String(),
    authorId: Nullable(Type.String()),
    createdAt: Type.String(),
    entity: ref(EntityRefView),
    item: Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }),
    latest: Type.Boolean(),
    review: Type.Object({
      status: ReviewStatus,
      needsPrivacyApproval: Type.Boolean(),
      approvedOn: Nullable(Type.String()),
      deadline: Nullable(Type.String()),
      deadlineProvisional: Type.Boolean(),
      publishedOn: Nullable(Type.String()),
      overdue: Type.Boolean(),
      history: Type.Array(ReviewStep),
    }),
    approvalDigest: Type.String({
      description: '审核通过时审核人签名的摘要（签名文本为 SS-REPORT-SIG-1\\n+摘要，docs/signatures.md）',
    }),
  },
  { $id: 'Report' },
);

export const ResultRowView = Type.Object(
  {
    reportId: Nullable(Type.String()),
    recordId: Type.String(),
    version: Type.Integer(),
    entity: ref(EntityRefView),
    item: Type.Object({ id: Type.String(), code: Type.String() }),
    basis: Basis,
    checkedOn: Nullable(Type.String()),
    resultCode: Nullable(Type.String()),
    resultLabel: Nullable(Type.String()),
    status: ReviewStatus,
    author: Nullable(Type.String()),
    approvedOn: Nullable(Type.String()),
    deadline: Nullable(Type.String()),
    deadlineProvisional: Type.Boolean(),
    publishedOn: Nullable(Type.String()),
    overdue: Type.Boolean(),
  },
  { $id: 'ResultRow' },
);

export const ResultCodeView = Type.Object(
  {
    code: Type.String(),
    label: Type.String(),
    kind: StringEnum(['none', 'problem', 'status']),
    national: StringEnum(NATIONAL_RESULT_CODES),
  },
  { $id: 'ResultCodeOption' },
);

export const FollowUpView = Type.Object(
  {
    id: Type.String(),
    reportId: Type.String(),
    recordId: Type.String(),
    entity: ref(EntityRefView),
    kind: StringEnum(FOLLOW_UP_KINDS),
    label: Type.String(),
    note: Type.String(),
    state: StringEnum(['open', 'in-progress', 'closed']),
    openedOn: Type.String(),
    startedOn: Nullable(Type.String()),
    closedOn: Nullable(Type.String()),
    closingNote: Nullable(Type.String()),
  },
  { $id: 'FollowUp' },
);

export const InspectionResponse = Type.Object({ inspection: ref(InspectionRecordView) });
export const InspectionPageResponse = pageOf(ref(InspectionSummaryView));
export const DrawnEntitiesResponse = Type.Object({ rows: List(ref(DrawnEntityRowView)) });
export const AttachmentResponse = Type.Object({ attachment: ref(AttachmentRefView) });
export const SignatureResponse = Type.Object({ signature: ref(SignatureRefView) });
export const ReportResponse = Type.Object({ report: ref(ReportView) });
export const ResultPageResponse = pageOf(ref(ResultRowView));
export const ResultCodesResponse = Type.Object({ codes: List(ref(ResultCodeView)) });
export const FollowUpListResponse = Type.Object({ rows: List(ref(FollowUpView)) });
export const FollowUpResponse = Type.Object({ followUp: ref(FollowUpView) });

export const CreditArchiveResponse = Type.Object({
  archive: Type.Object(
    {
      entity: ref(EntitySummaryView),
      inspections: List(ref(InspectionSummaryView)),
      results: List(ref(ResultRowView)),
      followUps: List(ref(FollowUpView)),
      lists: Type.Array(
        Type.Object({
          list: StringEnum(['abnormal', 'blacklist', 'red']),
          since: Type.String(),
          reason: Type.String(),
          removedOn: Nullable(Type.String()),
          repairedOn: Nullable(Type.String()),
        }),
      ),
      riskEvents: List(ref(AuditEventView)),
    },
    { $id: 'CreditArchive' },
  ),
});
