import { Type } from 'typebox';
import { DateString, RiskClass, PageNumber } from './common.schema.ts';

const Uuid = Type.String({ format: 'uuid' });

export const PlanInputSchema = Type.Object({
  unitId: Uuid,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  itemIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
  rounds: Type.Array(Type.Object({ from: DateString, to: DateString }), { minItems: 1, maxItems: 24 }),
  rates: Type.Array(
    Type.Object({
      riskClass: RiskClass,
      regionCode: Type.Union([Type.String({ pattern: '^\\d{6}$' }), Type.Null()]),
      percent: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
    }),
    { minItems: 1, maxItems: 200 },
  ),
  teams: Type.Array(Type.Object({ unitId: Uuid, size: Type.Integer({ minimum: 1, maximum: 10 }) }), {
    minItems: 1,
    maxItems: 10,
  }),
  yearlyCap: Type.Integer({ minimum: 1, maximum: 100 }),
  reservePerStratum: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
  inspectorReserve: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
  maxLoad: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 10000 }), Type.Null()])),
});

export const PlanListQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('approved'), Type.Literal('')])),
  unitId: Type.Optional(Type.String({ format: 'uuid', description: '该单位及其下级单位' })),
});

export const TaskListQuery = Type.Object({
  planId: Type.Optional(Uuid),
  unitId: Type.Optional(Type.String({ format: 'uuid', description: '计划制定单位为该单位或其下级单位' })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: '计划年度' })),
});

export const TaskInputSchema = Type.Object({
  planId: Uuid,
  round: Type.Integer({ minimum: 1, maximum: 24 }),
  drawDate: DateString,
});

export const TaskPoolQuery = Type.Object({
  exclusion: Type.Optional(Type.Integer({ minimum: 0, maximum: 5 })),
  stratum: Type.Optional(Type.String({ maxLength: 100 })),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  page: PageNumber,
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});

export const TargetedInputSchema = Type.Object({
  entityId: Uuid,
  itemId: Type.Union([Uuid, Type.Null()]),
  reason: Type.Union(
    ['complaint', 'assigned', 'case', 'on-the-spot', 'campaign'].map((r) => Type.Literal(r)),
  ),
  from: DateString,
  to: Type.Union([DateString, Type.Null()]),
  note: Type.String({ minLength: 1, maxLength: 2000 }),
  reference: Type.String({ minLength: 1, maxLength: 100, description: '投诉举报、案件或交办的编号' }),
});

const Digest = Type.String();

/** Public allow-lists: a published plan shows sampling groups, never risk classes (R-N.2). */
export const PublicPlanSchema = Type.Object({
  code: Type.String(),
  unitName: Type.String(),
  year: Type.Integer(),
  name: Type.String(),
  items: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  rounds: Type.Array(Type.Object({ round: Type.Integer(), from: Type.String(), to: Type.String() })),
  rates: Type.Array(
    Type.Object({
      group: Type.String(),
      regionCode: Type.Union([Type.String(), Type.Null()]),
      percent: Type.Number(),
    }),
  ),
  approvedAt: Type.String(),
});

export const PublicDrawSchema = Type.Object({
  drawId: Type.String(),
  taskCode: Type.String(),
  planCode: Type.String(),
  drawDate: Type.String(),
  suite: Type.String(),
  confirmedAt: Type.String(),
  digests: Type.Object({ plan: Digest, pool: Digest, inspectors: Digest, seed: Digest, result: Digest }),
  poolSize: Type.Integer(),
  eligible: Type.Integer(),
  selected: Type.Integer(),
  replacements: Type.Integer(),
});
