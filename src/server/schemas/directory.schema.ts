import { Type } from 'typebox';
import { DateString, PageQuery, RiskClass } from './common.schema.ts';

const Text = (max = 200) => Type.Optional(Type.String({ maxLength: max }));

export const EntityInputSchema = Type.Object({
  unitId: Type.Optional(Type.String({ format: 'uuid' })),
  kind: Type.Union([Type.Literal('organisation'), Type.Literal('person')]),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  creditCode: Text(18),
  idNumber: Text(18),
  registrationAuthority: Text(),
  legalRepresentative: Text(100),
  address: Text(300),
  contactPhone: Text(30),
  licenceNumber: Text(100),
  licenceValidUntil: Type.Optional(DateString),
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  industry: Type.String({ minLength: 1, maxLength: 100 }),
  riskClass: RiskClass,
  riskFlags: Type.Optional(Type.Array(Type.String(), { maxItems: 6 })),
});

export const EntityPatchSchema = Type.Partial(Type.Omit(EntityInputSchema, ['unitId']));

export const EntityListQuery = Type.Object({
  q: Text(100),
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6})?$' })),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('deregistered'), Type.Literal('')])),
  riskClass: Type.Optional(Type.Union([RiskClass, Type.Literal('')])),
  industry: Text(100),
  ...PageQuery,
});

export const PersonalDataQuery = Type.Object({
  reason: Text(200),
});

export const DeregisterBody = Type.Object({
  date: DateString,
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});

const Level = Type.Union([Type.Literal('city'), Type.Literal('district'), Type.Literal('station')]);
const InspectorStatus = Type.Union([
  Type.Literal('active'),
  Type.Literal('transferred'),
  Type.Literal('retired'),
]);

export const InspectorInputSchema = Type.Object({
  unitId: Type.Optional(Type.String({ format: 'uuid' })),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  post: Text(100),
  rank: Text(100),
  badgeNumber: Type.String({ minLength: 1, maxLength: 16 }),
  level: Level,
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  certificateNumber: Type.String({ minLength: 1, maxLength: 64 }),
  certificateValidUntil: DateString,
  qualifiedItemCodes: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 }),
  status: Type.Optional(InspectorStatus),
});

export const InspectorPatchSchema = Type.Partial(Type.Omit(InspectorInputSchema, ['unitId']));

export const InspectorListQuery = Type.Object({
  q: Text(100),
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6})?$' })),
  level: Type.Optional(Type.Union([Level, Type.Literal('')])),
  status: Type.Optional(Type.Union([InspectorStatus, Type.Literal('')])),
  ...PageQuery,
});

export const UnavailabilityBody = Type.Object({
  from: DateString,
  to: DateString,
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});

export const ConflictBody = Type.Object({
  entityId: Type.String({ format: 'uuid' }),
  kind: Type.Union([Type.Literal('relative'), Type.Literal('interest'), Type.Literal('other')]),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});
