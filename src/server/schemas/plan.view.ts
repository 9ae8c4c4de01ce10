import { Type } from 'typebox';
import { SUITES } from '../../domain/draw/types.ts';
import { DRAW_STATUSES } from '../../db/schema/draw.table.ts';
import { List, Nullable, ref, StringEnum } from './ref.ts';

// What the API shows of plans, tasks and their draws (response schemas).

const RiskClass = StringEnum(['A', 'B', 'C', 'D']);
const TaskStatus = StringEnum(['ready', 'drawing', 'drawn']);

const planFields = {
  id: Type.String(),
  code: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  year: Type.Integer(),
  name: Type.String(),
  status: StringEnum(['draft', 'approved']),
  itemCodes: Type.Array(Type.String()),
  joint: Type.Boolean(),
  approvedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
};
export const PlanSummaryView = Type.Object(
  { ...planFields, rounds: Type.Integer({ description: '轮次数' }) },
  { $id: 'PlanSummary' },
);
export const PlanDetailView = Type.Object(
  {
    ...planFields,
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        code: Type.String(),
        name: Type.String(),
        unitId: Type.String(),
        higherRule: Nullable(Type.String()),
      }),
    ),
    rounds: Type.Array(Type.Object({ round: Type.Integer(), from: Type.String(), to: Type.String() })),
    rates: Type.Array(
      Type.Object({
        riskClass: RiskClass,
        regionCode: Nullable(Type.String()),
        percent: Type.Number(),
        group: Type.String(),
      }),
    ),
    teams: Type.Array(
      Type.Object({
        unitId: Type.String(),
        unitCode: Type.String(),
        unitName: Type.String(),
        size: Type.Integer(),
      }),
    ),
    yearlyCap: Type.Integer(),
    reservePerStratum: Type.Integer(),
    inspectorReserve: Type.Integer(),
    maxLoad: Nullable(Type.Integer()),
    createdBy: Nullable(Type.String()),
    approvedBy: Nullable(Type.String()),
    tasks: Type.Array(
      Type.Object({ id: Type.String(), code: Type.String(), round: Type.Integer(), status: TaskStatus }),
    ),
  },
  { $id: 'PlanDetail' },
);

export const DrawSummaryView = Type.Object(
  {
    id: Type.String(),
    drawId: Type.String(),
    attempt: Type.Integer(),
    status: StringEnum(DRAW_STATUSES),
    suite: StringEnum(SUITES),
    createdAt: Type.String(),
    confirmedAt: Nullable(Type.String()),
    abortReason: Nullable(Type.String()),
  },
  { $id: 'DrawSummary' },
);

const taskFields = {
  id: Type.String(),
  code: Type.String(),
  planId: Type.String(),
  planCode: Type.String(),
  round: Type.Integer(),
  drawDate: Type.String(),
  status: TaskStatus,
  poolSize: Type.Integer(),
  eligible: Type.Integer(),
  inspectors: Type.Integer(),
  eligibleInspectors: Type.Integer(),
  createdAt: Type.String(),
};
const Counts = (keys: readonly string[]) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer()])));
export const TaskSummaryView = Type.Object(taskFields, { $id: 'TaskSummary' });
export const TaskDetailView = Type.Object(
  {
    ...taskFields,
    items: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() })),
    teams: Type.Array(Type.Object({ pool: Type.String(), unitName: Type.String(), size: Type.Integer() })),
    strata: Type.Array(
      Type.Object({ stratum: Type.String(), eligible: Type.Integer(), excluded: Type.Integer() }),
    ),
    exclusions: Counts(['1', '2', '3', '4', '5']),
    inspectorExclusions: Counts(['1', '2', '3']),
    draws: List(ref(DrawSummaryView)),
  },
  { $id: 'TaskDetail' },
);

export const PoolRowView = Type.Object(
  {
    entityId: Type.String(),
    publicId: Type.String(),
    name: Type.String(),
    stratum: Type.String(),
    exclusion: Type.Integer({ minimum: 0, maximum: 5, description: '0 可抽；1–5 排除原因' }),
    reason: Nullable(Type.String()),
  },
  { $id: 'PoolRow' },
);
export const InspectorPoolRowView = Type.Object(
  {
    inspectorId: Type.String(),
    badgeNumber: Type.String(),
    name: Type.String(),
    pool: Type.String(),
    exclusion: Type.Integer({ minimum: 0, maximum: 3 }),
    reason: Nullable(Type.String()),
  },
  { $id: 'InspectorPoolRow' },
);
export const ConflictRowView = Type.Object(
  { entity: Type.String(), inspector: Type.String(), source: StringEnum(['declared', 'last-inspector']) },
  { $id: 'ConflictRow' },
);

export const TargetedInspectionView = Type.Object(
  {
    id: Type.String(),
    entityId: Type.String(),
    entityName: Type.String(),
    itemId: Nullable(Type.String()),
    reason: StringEnum(['complaint', 'assigned', 'case', 'on-the-spot', 'campaign']),
    from: Type.String(),
    to: Nullable(Type.String()),
    note: Type.String(),
    reference: Nullable(Type.String()),
    status: StringEnum(['pending', 'approved']),
    createdAt: Type.String(),
  },
  { $id: 'TargetedInspection' },
);

export const OfficerView = Type.Object(
  { id: Type.String(), displayName: Type.String(), unitName: Type.String() },
  { $id: 'Officer' },
);
export const OfficersResponse = Type.Object({
  drawers: List(ref(OfficerView)),
  supervisors: List(ref(OfficerView)),
});

export const PlanResponse = Type.Object({ plan: ref(PlanDetailView) });
export const PlanListResponse = Type.Object({ plans: List(ref(PlanSummaryView)) });
export const TaskResponse = Type.Object({ task: ref(TaskDetailView) });
export const TaskListResponse = Type.Object({ tasks: List(ref(TaskSummaryView)) });
export const PoolPageResponse = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  rows: List(ref(PoolRowView)),
});
export const TaskInspectorsResponse = Type.Object({
  inspectors: List(ref(InspectorPoolRowView)),
  conflicts: List(ref(ConflictRowView)),
});
export const TargetedListResponse = Type.Object({ rows: List(ref(TargetedInspectionView)) });
