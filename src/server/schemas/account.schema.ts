import { Type } from 'typebox';
import { PageQuery } from './common.schema.ts';
import { Role } from './org.view.ts';
import { pageOf, ref } from './ref.ts';

// Accounts as the system administrator manages them (issue 10.2, 10.5).

export const AccountView = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    unit: Type.Object({ id: Type.String(), name: Type.String() }),
    roles: Type.Array(Role),
    active: Type.Boolean({ description: '启用中；停用的账号不能登录' }),
    mustChangePassword: Type.Boolean({ description: '下次登录须先修改密码（管理员新建或重置后）' }),
    totpEnabled: Type.Boolean({ description: '已开启两步验证' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Account' },
);

const Password = Type.Optional(
  Type.String({ minLength: 1, maxLength: 128, description: '不填则由系统生成，只显示一次' }),
);

export const AccountListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: '用户名或姓名' })),
  unitId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Literal('')])),
  hasRole: Type.Optional(Type.Union([Role, Type.Literal('')])),
  active: Type.Optional(Type.Boolean()),
  ...PageQuery,
});

export const AccountCreateBody = Type.Object({
  username: Type.String({
    minLength: 1,
    maxLength: 32,
    description: '3–32 位小写字母、数字、. _ -，字母开头',
  }),
  displayName: Type.String({ minLength: 1, maxLength: 50 }),
  unitId: Type.String({ format: 'uuid' }),
  roles: Type.Array(Role, { minItems: 1, maxItems: 7 }),
  password: Password,
});

export const AccountRolesBody = Type.Object({ roles: Type.Array(Role, { minItems: 1, maxItems: 7 }) });
export const AccountActiveBody = Type.Object({ active: Type.Boolean() });
export const PasswordResetBody = Type.Object({
  password: Password,
});

export const AccountPageResponse = pageOf(ref(AccountView));
export const AccountResponse = Type.Object({ account: ref(AccountView) });
export const AccountWithPasswordResponse = Type.Object({
  account: ref(AccountView),
  generatedPassword: Type.Optional(Type.String({ description: '系统生成的初始密码，只返回这一次' })),
});
