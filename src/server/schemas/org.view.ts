import { Type } from 'typebox';
import { List, Nullable, ref, StringEnum } from './ref.ts';

// What the API shows of units, users, regions and the audit log (response schemas).

const UnitKind = StringEnum(['city-bureau', 'district-branch', 'station', 'department']);
export const Role = StringEnum([
  'system-admin',
  'department-admin',
  'drawer',
  'supervisor',
  'leader',
  'inspector',
  'auditor',
]);

export const CurrentUserView = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    unit: Type.Object({ id: Type.String(), name: Type.String(), kind: UnitKind }),
    roles: Type.Array(Role),
    totpEnabled: Type.Optional(Type.Boolean({ description: '已开启两步验证（动态验证码）' })),
    mustChangePassword: Type.Optional(
      Type.Boolean({ description: '仍在使用公开的演示密码：修改密码之前不能做其他操作' }),
    ),
  },
  { $id: 'CurrentUser' },
);

export const UnitView = Type.Object(
  {
    id: Type.String(),
    parentId: Nullable(Type.String()),
    code: Type.String(),
    name: Type.String(),
    kind: UnitKind,
    regionCode: Type.String(),
  },
  { $id: 'Unit' },
);

export const RegionView = Type.Object({ code: Type.String(), name: Type.String() }, { $id: 'Region' });

export const AuditEventView = Type.Object(
  {
    seq: Type.Integer(),
    at: Type.String(),
    actorId: Nullable(Type.String()),
    actorName: Type.String(),
    unitId: Nullable(Type.String()),
    action: Type.String(),
    objectType: Type.String(),
    objectId: Type.String(),
    digest: Type.String(),
    file: Type.Optional(Type.Object({ name: Type.String(), sha256: Type.String() })),
  },
  { $id: 'AuditEvent', description: '留痕记录（不含存储的状态：其中可能有个人信息）' },
);

export const UserResponse = Type.Object({ user: ref(CurrentUserView) });
export const AuditPageResponse = Type.Object({
  total: Type.Integer(),
  rows: List(ref(AuditEventView)),
});

export const HealthResponse = Type.Object({
  status: Type.String({ description: '服务正常时为 ok' }),
  database: StringEnum(['pglite', 'postgres']),
});
