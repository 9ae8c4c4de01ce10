// The Chinese names an exported file shows for stored codes (the admin app's zh-CN locale says the same).

/** 主体类型. */
export const ENTITY_KIND: Readonly<Record<string, string>> = {
  organisation: '单位',
  person: '自然人',
};
/** 名录状态. */
export const ENTITY_STATUS: Readonly<Record<string, string>> = {
  active: '在册',
  deregistered: '已注销',
};
/** 执法层级. */
export const INSPECTOR_LEVEL: Readonly<Record<string, string>> = {
  city: '市局',
  district: '分局',
  station: '派出所',
};
/** 人员状态. */
export const INSPECTOR_STATUS: Readonly<Record<string, string>> = {
  active: '在岗',
  transferred: '已调离',
  retired: '已退休',
};
/** 抽取状态. */
export const DRAW_STATUS: Readonly<Record<string, string>> = {
  announced: '收集承诺',
  revealing: '公开随机数',
  revealed: '待计算',
  computed: '待签名',
  confirmed: '已确认',
  aborted: '已中止',
};
/** 结果审核状态. */
export const REVIEW_STATUS: Readonly<Record<string, string>> = {
  'not-entered': '未录入',
  'awaiting-review': '待审核',
  returned: '已退回',
  rejected: '不予通过',
  approved: '审核通过',
  published: '已公示',
};
/** 操作日志的操作. */
export const AUDIT_ACTION: Readonly<Record<string, string>> = {
  'item.create': '新建抽查事项',
  'item.draft': '修改草稿',
  'item.publish': '发布抽查事项',
  'entity.create': '新增市场主体',
  'entity.update': '修改市场主体',
  'entity.deregister': '注销市场主体',
  'import.entities': '导入市场主体名录',
  'import.inspectors': '导入执法检查人员名录',
  'inspector.create': '新增执法检查人员',
  'inspector.update': '修改执法检查人员',
  'inspector.unavailable': '登记不可抽取时段',
  'inspector.conflict': '登记回避关系',
  'entity.risk-feedback': '检查结果反馈风险等级',
  'plan.create': '新建抽查计划',
  'plan.update': '修改抽查计划',
  'plan.approve': '审批抽查计划',
  'task.create': '新建抽查任务',
  'draw.announce': '发起抽取',
  'draw.commit': '见证方提交承诺',
  'draw.reveal': '见证方揭示',
  'draw.compute': '计算抽取结果',
  'draw.sign': '签名确认',
  'signing-key.register': '登记签名公钥',
  'signing-key.revoke': '停用签名公钥',
  'draw.confirm': '抽取确认',
  'draw.abort': '中止抽取',
  'document.issue': '出具文书（PDF）',
  'export.list': '导出列表',
  'draw.bundle-download': '下载核验包',
  'draw.change-apply': '申请变更',
  'draw.change-approve': '批准变更',
  'draw.change-reject': '驳回变更',
  'inspection.create': '新建检查记录',
  'inspection.update': '修改检查记录',
  'inspection.submit': '提交检查记录',
  'inspection.attachment': '上传检查附件',
  'inspection.signature': '上传签名',
  'inspection.report-submit': '提交检查结果',
  'inspection.report-return': '退回检查结果',
  'inspection.report-reject': '驳回检查结果',
  'inspection.report-approve': '审核通过检查结果',
  'inspection.report-publish': '公示检查结果',
  'targeted-inspection.record': '登记定向检查',
  'targeted-inspection.approve': '批准定向检查',
  'follow-up.start': '开始后续处置',
  'follow-up.close': '后续处置办结',
  'user.password-change': '修改密码',
  'user.sign-out-everywhere': '退出全部登录',
  'calendar.put-year': '录入年度工作日历',
};
/** 操作日志的对象类型. */
export const OBJECT_TYPE: Readonly<Record<string, string>> = {
  item: '抽查事项',
  entity: '市场主体',
  inspector: '执法检查人员',
  user: '用户',
  import: '导入批次',
  plan: '抽查计划',
  task: '抽查任务',
  draw: '抽取',
  inspection: '检查记录',
  'follow-up': '后续处置',
  'calendar-year': '工作日历',
  export: '导出',
};

/** A code's Chinese name; an unknown code is shown as it is rather than dropped. */
export const label = (names: Readonly<Record<string, string>>, code: string | null | undefined): string =>
  code ? (names[code] ?? code) : '';
