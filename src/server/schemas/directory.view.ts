import { Type } from 'typebox';
import { AuditEventView } from './org.view.ts';
import { List, Nullable, pageOf, ref, StringEnum } from './ref.ts';

// What the API shows of the entity and inspector directories (response schemas).

const entitySummaryFields = {
  id: Type.String(),
  kind: StringEnum(['organisation', 'person']),
  name: Type.String(),
  code: Type.String({ description: '统一社会信用代码，或遮蔽后的身份证号（完整身份证号从不离开服务器）' }),
  contactPhone: Nullable(
    Type.String({ description: '遮蔽后的联系电话；完整号码只能经留痕的 personal-data 接口查看' }),
  ),
  publicId: Type.String(),
  regionCode: Type.String(),
  regionName: Nullable(Type.String()),
  industry: Type.String(),
  riskClass: StringEnum(['A', 'B', 'C', 'D']),
  riskFlags: Type.Array(Type.String()),
  status: StringEnum(['active', 'deregistered']),
  licenceNumber: Nullable(Type.String()),
  licenceValidUntil: Nullable(Type.String()),
  updatedAt: Type.String(),
};
export const EntitySummaryView = Type.Object(entitySummaryFields, { $id: 'EntitySummary' });
export const EntityDetailView = Type.Object(
  {
    ...entitySummaryFields,
    unitId: Type.String(),
    registrationAuthority: Nullable(Type.String()),
    legalRepresentative: Nullable(Type.String()),
    address: Nullable(Type.String()),
    deregisteredAt: Nullable(Type.String()),
    deregistrationReason: Nullable(Type.String()),
  },
  { $id: 'EntityDetail' },
);

/** The full numbers of one entity (issue 10.7): each answer is an audited event. */
export const EntityPersonalDataResponse = Type.Object({
  idNumber: Nullable(Type.String()),
  contactPhone: Nullable(Type.String()),
});

export const InspectorSummaryView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    post: Nullable(Type.String()),
    rank: Nullable(Type.String()),
    badgeNumber: Type.String(),
    level: StringEnum(['city', 'district', 'station']),
    regionCode: Type.String(),
    regionName: Nullable(Type.String()),
    unitId: Type.String(),
    unitName: Type.String(),
    certificateNumber: Type.String(),
    certificateValidUntil: Type.String(),
    qualifiedItemCodes: Type.Array(Type.String()),
    status: StringEnum(['active', 'transferred', 'retired']),
    availableToday: Type.Boolean(),
  },
  { $id: 'InspectorSummary' },
);

export const UnavailabilityView = Type.Object(
  { id: Type.String(), from: Type.String(), to: Type.String(), reason: Type.String() },
  { $id: 'Unavailability' },
);
export const ConflictView = Type.Object(
  {
    id: Type.String(),
    entityId: Type.String(),
    entityName: Type.String(),
    kind: StringEnum(['relative', 'interest', 'other']),
    reason: Type.String(),
    declaredAt: Type.String(),
  },
  { $id: 'Conflict' },
);

export const ImportReportView = Type.Object(
  {
    id: Type.String(),
    fileName: Type.String(),
    imported: Type.Integer(),
    updated: Type.Integer({ description: '目录中已有、本文件改动了的行' }),
    unchanged: Type.Integer({ description: '目录中已有且与文件一致的行（未改动）' }),
    rejected: Type.Array(
      Type.Object({
        row: Type.Integer(),
        column: Type.String(),
        code: Type.String(),
        message: Type.String(),
      }),
      { description: '前若干条被拒绝的单元格，按行' },
    ),
    rejectedCount: Type.Optional(Type.Integer({ description: '被拒绝的总数（含未列出的）' })),
  },
  { $id: 'ImportReport' },
);

export const EntityPageResponse = pageOf(ref(EntitySummaryView));
export const EntityResponse = Type.Object({ entity: ref(EntityDetailView) });
export const EntityWithHistoryResponse = Type.Object({
  entity: ref(EntityDetailView),
  history: List(ref(AuditEventView)),
});
export const InspectorPageResponse = pageOf(ref(InspectorSummaryView));
export const InspectorResponse = Type.Object({ inspector: ref(InspectorSummaryView) });
export const InspectorDetailResponse = Type.Object({
  inspector: ref(InspectorSummaryView),
  unavailability: List(ref(UnavailabilityView)),
  conflicts: List(ref(ConflictView)),
  history: List(ref(AuditEventView)),
});
export const CreatedIdResponse = Type.Object({ id: Type.String() });
