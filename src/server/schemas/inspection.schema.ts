import { Type } from 'typebox';
import { DateString, PageNumber } from './common.schema.ts';

const Str = (max = 4000) => Type.String({ maxLength: max });
const Uuid = Type.String({ format: 'uuid' });
const Method = Type.Union([Type.Literal('on-site'), Type.Literal('document'), Type.Literal('online')]);

export const RecordDraftBody = Type.Object({
  checkedOn: Type.Optional(Type.Union([DateString, Type.Null()])),
  methods: Type.Optional(Type.Array(Method, { maxItems: 3 })),
  policeIdShown: Type.Optional(Type.Boolean()),
  inspectors: Type.Optional(
    Type.Array(Type.Object({ badgeNumber: Str(64), signatureId: Type.Union([Uuid, Type.Null()]) }), {
      maxItems: 20,
    }),
  ),
  responsibleBadgeNumber: Type.Optional(Type.Union([Str(64), Type.Null()])),
  rows: Type.Optional(
    Type.Array(
      Type.Object({
        checklistCode: Str(64),
        finding: Type.Union([
          Type.Literal('compliant'),
          Type.Literal('non-compliant'),
          Type.Literal('not-applicable'),
        ]),
        note: Str(),
      }),
      { maxItems: 500 },
    ),
  ),
  party: Type.Optional(
    Type.Union([
      Type.Null(),
      Type.Object({ kind: Type.Literal('signed'), signerName: Str(100), signatureId: Uuid }),
      Type.Object({
        kind: Type.Literal('refused'),
        reason: Str(),
        witness: Type.Union([Type.Null(), Type.Object({ name: Str(100), signatureId: Uuid })]),
      }),
    ]),
  ),
});

export const RecordCreateBody = Type.Union([
  Type.Intersect([RecordDraftBody, Type.Object({ drawId: Uuid, entityId: Uuid, itemId: Uuid })]),
  Type.Intersect([RecordDraftBody, Type.Object({ targetedInspectionId: Uuid, itemId: Uuid })]),
]);

export const RecordListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('')])),
  drawId: Type.Optional(Uuid),
  entityId: Type.Optional(Uuid),
  review: Type.Optional(Str(32)),
  unitId: Type.Optional(Type.String({ format: 'uuid', description: '该单位及其下级单位' })),
  checkedYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: '检查日期所在年度' })),
  page: PageNumber,
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 20 })),
});

export const AttachmentBody = Type.Object({
  kind: Type.Union([Type.Literal('photo'), Type.Literal('document'), Type.Literal('statement')]),
  fileName: Type.String({ minLength: 1, maxLength: 200 }),
  mime: Str(100),
  contentBase64: Type.String(),
});

export const SignatureBody = Type.Object({
  kind: Type.Union([Type.Literal('drawn'), Type.Literal('seal-photo')]),
  mime: Type.Union([Type.Literal('image/png'), Type.Literal('image/jpeg')]),
  contentBase64: Type.String(),
  signedAt: Type.Optional(Type.String({ format: 'date-time' })),
});

export const FileParams = Type.Object({ id: Uuid, fileId: Uuid });

export const ReportBody = Type.Object({
  findings: Type.Array(Type.Object({ method: Method, summary: Str() }), { maxItems: 3 }),
  opinion: Str(8000),
  resultCode: Str(64),
  nonCooperation: Type.Array(Type.Object({ kind: Str(64), description: Str() }), { maxItems: 5 }),
  handling: Type.Union([
    Type.Object({ kind: Type.Literal('none') }),
    Type.Object({ kind: Type.Literal('own-case'), caseNumber: Str(100) }),
    Type.Object({ kind: Type.Literal('transferred'), recipientDepartment: Str(200) }),
    Type.Object({
      kind: Type.Literal('criminal-referral'),
      recipientUnit: Type.Union([Str(200), Type.Null()]),
    }),
  ]),
  followUps: Type.Array(Type.Object({ kind: Str(64), note: Str() }), { maxItems: 20 }),
  touchesTradeSecret: Type.Boolean(),
  touchesPrivacy: Type.Boolean(),
});

export const OpinionBody = Type.Object({ opinion: Str() });
/** Issue 10.4: the officer's own key and signature over `SS-RECORD-SIG-1\n` / `SS-REPORT-SIG-1\n` + the digest. */
const OfficerSignature = Type.Object({
  scheme: Type.Optional(Type.Union([Type.Literal('ed25519'), Type.Literal('sm2')])),
  publicKey: Type.String({
    pattern: '^[0-9a-f]{64}$|^04[0-9a-f]{128}$',
    description: '本人签名公钥（十六进制）',
  }),
  signature: Type.String({ pattern: '^([0-9a-f]{2}){64,80}$', description: '签名值（十六进制）' }),
});
export const SubmitRecordBody = Type.Object({ signature: Type.Optional(OfficerSignature) });
export const ApproveBody = Type.Object({
  opinion: Type.Optional(Str()),
  signature: Type.Optional(OfficerSignature),
});
export const PublishBody = Type.Object({ privacyApproval: Type.Optional(Type.Boolean()) });

export const ReportListQuery = Type.Object({
  status: Type.Optional(Str(100)),
  overdue: Type.Optional(Type.Boolean()),
  entityId: Type.Optional(Uuid),
  resultCode: Type.Optional(Str(64)),
  unitId: Type.Optional(Type.String({ format: 'uuid', description: '该单位及其下级单位' })),
  approvedYear: Type.Optional(
    Type.Integer({ minimum: 2000, maximum: 2100, description: '审核通过日期所在年度' }),
  ),
  page: PageNumber,
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 20 })),
});

export const FollowUpQuery = Type.Object({
  state: Type.Optional(
    Type.Union([Type.Literal('open'), Type.Literal('in-progress'), Type.Literal('closed'), Type.Literal('')]),
  ),
  entityId: Type.Optional(Uuid),
});
export const FollowUpStartBody = Type.Object({ on: DateString });
export const FollowUpCloseBody = Type.Object({ on: DateString, note: Str() });

export const CalendarYearParams = Type.Object({ year: Type.Integer({ minimum: 1900, maximum: 2200 }) });
export const CalendarYearBody = Type.Object({
  holidays: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 366 }),
  workdays: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 366 }),
});
export const DeadlineQuery = Type.Object({ from: DateString });

/** Public allow-lists (R-N.10): the serializer drops every field not named here. */
export const PublicResultSchema = Type.Object({
  publicId: Type.String(),
  entityName: Type.String(),
  entityCode: Type.String(),
  entityAddress: Type.Union([Type.String(), Type.Null()]),
  itemCode: Type.String(),
  itemName: Type.String(),
  inspectionType: Type.String(),
  checkedOn: Type.String(),
  resultCode: Type.String(),
  resultLabel: Type.String(),
  /** The tag colour: none, status, problem or serious. */
  severity: Type.Union([
    Type.Literal('none'),
    Type.Literal('status'),
    Type.Literal('problem'),
    Type.Literal('serious'),
  ]),
  opinion: Type.String(),
  handlingSummary: Type.String(),
  publishedOn: Type.String(),
  inspectors: Type.Array(Type.String()),
});

export const PublicArchiveSchema = Type.Object({
  publicId: Type.String(),
  entityName: Type.String(),
  entityCode: Type.String(),
  entityAddress: Type.Union([Type.String(), Type.Null()]),
  inspections: Type.Array(Type.Omit(PublicResultSchema, ['publicId', 'resultCode', 'severity'])),
  nonCooperation: Type.Array(
    Type.Object({ checkedOn: Type.String(), circumstances: Type.Array(Type.String()) }),
  ),
  followUps: Type.Array(
    Type.Object({
      checkedOn: Type.String(),
      followUp: Type.String(),
      state: Type.String(),
      closedOn: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  lists: Type.Array(
    Type.Object({
      list: Type.String(),
      since: Type.String(),
      reason: Type.String(),
      removedOn: Type.Union([Type.String(), Type.Null()]),
      creditRepaired: Type.Boolean(),
    }),
  ),
});
