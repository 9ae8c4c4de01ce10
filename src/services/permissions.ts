import { ROLES, type Role } from '../db/schema/index.ts';

/**
 * Separation of duties as data (issue 10.2): who may do what, and where. The server checks every admin
 * route against this table (server/route-permissions.ts), the services check it again, and
 * docs/security.md renders it (npm run gen:permissions).
 */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'system-admin': '系统管理员',
  'department-admin': '部门管理员',
  drawer: '抽取人',
  supervisor: '监督人',
  leader: '分管领导',
  inspector: '执法检查人员',
  auditor: '审计员',
};

export const SCOPES = {
  anyone: '任何人（无需登录）',
  'own-account': '本人账号',
  'witness-code': '持有本次抽取见证码者',
  'read-tree': '本单位、下级单位及上级单位的数据',
  'write-subtree': '本单位及下级单位的数据',
  participant: '登记在该次抽取上的本人',
  supervising: '该次抽取所属单位及其上级单位；审计员不限',
  platform: '全平台',
} as const;
export type Scope = keyof typeof SCOPES;

export interface Permission {
  readonly label: string;
  readonly roles: readonly Role[];
  readonly scope: Scope;
  /** Callers without a session may do it (public routes, sign-in, a witness with a code). */
  readonly anonymous?: boolean;
}

const OFFICERS: readonly Role[] = ROLES;

export const PERMISSIONS = {
  'public.read': { label: '查看公开信息', roles: OFFICERS, scope: 'anyone', anonymous: true },
  'session.sign-in': { label: '登录', roles: OFFICERS, scope: 'anyone', anonymous: true },
  'session.sign-out': { label: '退出登录', roles: OFFICERS, scope: 'own-account', anonymous: true },
  'session.own': { label: '本人会话与密码', roles: OFFICERS, scope: 'own-account' },
  'witness.act': { label: '见证人凭见证码参与抽取', roles: [], scope: 'witness-code', anonymous: true },
  'org.read': { label: '查看组织机构与代码表', roles: OFFICERS, scope: 'read-tree' },
  'directory.read': { label: '查看事项清单与名录库', roles: OFFICERS, scope: 'read-tree' },
  'item.edit': {
    label: '编辑抽查事项',
    roles: ['system-admin', 'department-admin', 'leader'],
    scope: 'write-subtree',
  },
  'item.publish': {
    label: '发布抽查事项',
    roles: ['system-admin', 'department-admin', 'leader'],
    scope: 'write-subtree',
  },
  'directory.edit': {
    label: '维护主体与检查人员名录',
    roles: ['system-admin', 'department-admin'],
    scope: 'write-subtree',
  },
  // Issue 10.7: who keeps the directory and who goes on site; not the auditor, who sees each view's event.
  // Read scope: a district's directory serves the departments and stations under it.
  'directory.personal-data': {
    label: '查看主体完整身份证号与联系电话（留痕）',
    roles: ['department-admin', 'inspector'],
    scope: 'read-tree',
  },
  'inspector.conflict': {
    label: '申报检查人员回避关系',
    roles: ['system-admin', 'department-admin', 'inspector'],
    scope: 'write-subtree',
  },
  'plan.read': { label: '查看抽查计划与任务', roles: OFFICERS, scope: 'read-tree' },
  'plan.edit': { label: '编制抽查计划', roles: ['department-admin'], scope: 'write-subtree' },
  'plan.approve': { label: '批准抽查计划', roles: ['leader'], scope: 'write-subtree' },
  'task.create': { label: '创建抽查任务', roles: ['department-admin', 'drawer'], scope: 'write-subtree' },
  'targeted.record': {
    label: '登记定向检查',
    roles: ['department-admin', 'drawer', 'inspector'],
    scope: 'write-subtree',
  },
  'targeted.approve': { label: '批准定向检查', roles: ['leader'], scope: 'write-subtree' },
  'draw.read': { label: '查看抽取', roles: OFFICERS, scope: 'read-tree' },
  'draw.announce': { label: '发起抽取', roles: ['drawer'], scope: 'write-subtree' },
  'draw.run': { label: '计算并确认抽取结果', roles: ['drawer'], scope: 'participant' },
  'draw.supervise': { label: '担任抽取监督人', roles: ['supervisor'], scope: 'participant' },
  'draw.witness': { label: '承诺、揭示与签名（监督人、见证人）', roles: OFFICERS, scope: 'participant' },
  'draw.abort': { label: '中止抽取', roles: ['drawer', 'supervisor', 'leader'], scope: 'participant' },
  'draw.bundle': { label: '下载完整抽取记录', roles: OFFICERS, scope: 'supervising' },
  'replacement.apply': {
    label: '申请变更抽取结果',
    roles: ['drawer', 'department-admin'],
    scope: 'write-subtree',
  },
  'replacement.decide': { label: '审批变更申请', roles: ['leader'], scope: 'write-subtree' },
  'inspection.read': { label: '查看检查登记表与检查报告', roles: OFFICERS, scope: 'read-tree' },
  'inspection.write': {
    label: '录入检查登记表与检查报告',
    roles: ['inspector', 'department-admin'],
    scope: 'write-subtree',
  },
  'report.review': {
    label: '审核检查报告',
    roles: ['leader', 'department-admin'],
    scope: 'write-subtree',
  },
  'report.publish': { label: '公示检查结果', roles: ['department-admin', 'leader'], scope: 'write-subtree' },
  'report.privacy-approve': { label: '批准涉密涉隐私结果公示', roles: ['leader'], scope: 'write-subtree' },
  'follow-up.advance': {
    label: '办理后续处置',
    roles: ['inspector', 'department-admin', 'leader'],
    scope: 'write-subtree',
  },
  'calendar.read': { label: '查看工作日历', roles: OFFICERS, scope: 'platform' },
  'calendar.edit': { label: '维护工作日历', roles: ['system-admin'], scope: 'platform' },
  'audit.read': {
    label: '查看操作日志',
    roles: ['auditor', 'leader', 'department-admin', 'supervisor', 'system-admin'],
    scope: 'read-tree',
  },
  'assessment.read': { label: '查看考核统计', roles: OFFICERS, scope: 'write-subtree' },
  'account.manage': { label: '管理账号与角色', roles: ['system-admin'], scope: 'write-subtree' },
} as const satisfies Record<string, Permission>;
export type Action = keyof typeof PERMISSIONS;

export const permits = (roles: readonly Role[], action: Action): boolean =>
  (PERMISSIONS[action].roles as readonly Role[]).some((r) => roles.includes(r));

/** Author and approver of one object are different people, even when one account may do both. */
export interface DutyPair {
  readonly object: string;
  readonly author: Action;
  readonly approver: Action;
}

export const SEPARATED_DUTIES: readonly DutyPair[] = [
  { object: '抽查计划', author: 'plan.edit', approver: 'plan.approve' },
  { object: '定向检查', author: 'targeted.record', approver: 'targeted.approve' },
  { object: '抽取', author: 'draw.announce', approver: 'draw.supervise' },
  { object: '抽取结果变更申请', author: 'replacement.apply', approver: 'replacement.decide' },
  { object: '检查报告', author: 'inspection.write', approver: 'report.review' },
  { object: '检查结果公示', author: 'inspection.write', approver: 'report.privacy-approve' },
];
