import { Type } from 'typebox';
import { DrawSummaryView } from './plan.view.ts';
import { List, Nullable, ref, StringEnum } from './ref.ts';

// What the API shows of draws and their change applications (response schemas; the draw detail is still to do).

export const DrawListRowView = Type.Object(
  {
    ...DrawSummaryView.properties,
    taskId: Type.String(),
    taskCode: Type.String(),
    drawDate: Type.String(),
  },
  { $id: 'DrawListRow' },
);

export const ReplacementApplicationView = Type.Object(
  {
    id: Type.String(),
    drawId: Type.String(),
    kind: StringEnum(['entity', 'inspector']),
    out: Type.String(),
    entity: Nullable(Type.String()),
    pool: Nullable(Type.String()),
    stratum: Nullable(Type.String()),
    reason: Type.String(),
    evidence: List(
      Type.Object({
        index: Type.Integer(),
        fileName: Type.String(),
        size: Type.Integer(),
        sha256: Type.String(),
      }),
    ),
    status: StringEnum(['pending', 'approved', 'rejected']),
    applicant: Type.String(),
    appliedAt: Type.String(),
    approver: Nullable(Type.String()),
    decidedAt: Nullable(Type.String()),
    note: Nullable(Type.String()),
  },
  { $id: 'ReplacementApplication' },
);

/** A replacement as the signed record has it (DRAW.md §6), with its place in the record and its digest. */
const ReplacementEntry = Type.Object(
  { seq: Type.Integer(), digest: Type.String() },
  { additionalProperties: true, description: '记录中的递补条目（DRAW.md §6）' },
);

export const DrawListResponse = Type.Object({ draws: List(ref(DrawListRowView)) });
export const ApplicationListResponse = Type.Object({ applications: List(ref(ReplacementApplicationView)) });
export const ApplicationResponse = Type.Object({ application: ref(ReplacementApplicationView) });
export const ApprovedApplicationResponse = Type.Object({
  application: ref(ReplacementApplicationView),
  replacement: ReplacementEntry,
});
