import type { ColumnSpec } from './column-map.ts';

export type EntityColumnKey =
  | 'name'
  | 'kind'
  | 'creditCode'
  | 'idNumber'
  | 'registrationAuthority'
  | 'legalRepresentative'
  | 'address'
  | 'contactPhone'
  | 'licenceNumber'
  | 'licenceValidUntil'
  | 'regionCode'
  | 'industry'
  | 'riskClass'
  | 'riskFlags'
  | 'status';

/** Entity import columns, in template order. */
export const ENTITY_COLUMNS: readonly ColumnSpec<EntityColumnKey>[] = [
  {
    key: 'name',
    label: '名称',
    required: true,
    aliases: ['姓名', '主体名称', '企业名称', '单位名称', '场所名称', '市场主体名称', '商户名称'],
    description: '单位名称或自然人姓名（必填）',
    example: '（示例）临河区新华宾馆有限公司',
  },
  {
    key: 'kind',
    label: '主体类型',
    required: true,
    description: '单位 或 个人；留空时按填写的代码推断',
    example: '单位',
    choices: ['单位', '个人'],
  },
  {
    key: 'creditCode',
    label: '统一社会信用代码',
    required: false,
    aliases: ['信用代码', '社会信用代码', '统一代码', 'USCC'],
    description: '18位，单位必填（GB 32100-2015，校验码会被检查）；请将此列设为文本格式',
    example: '91150802MA0N7Q3K1C',
  },
  {
    key: 'idNumber',
    label: '身份证号',
    required: false,
    aliases: ['身份证号码', '公民身份号码', '证件号码', '身份证'],
    description: '18位，个人必填（GB 11643-1999，校验地址码、出生日期与校验码）；请设为文本格式',
    example: '',
  },
  {
    key: 'registrationAuthority',
    label: '登记机关',
    required: false,
    description: '如：巴彦淖尔市临河区市场监督管理局',
    example: '巴彦淖尔市临河区市场监督管理局',
  },
  {
    key: 'legalRepresentative',
    label: '法定代表人',
    required: false,
    aliases: ['负责人', '经营者', '法人', '法人代表', '法定代表人姓名'],
    description: '法定代表人或负责人姓名',
    example: '张伟',
  },
  {
    key: 'address',
    label: '地址',
    required: false,
    aliases: ['住所', '注册地址', '经营场所', '住址', '经营地址', '详细地址'],
    description: '注册地址（住所）或自然人住址；公示时个人住址会被遮蔽',
    example: '内蒙古自治区巴彦淖尔市临河区新华街道胜利路18号',
  },
  {
    key: 'licenceNumber',
    label: '许可证号',
    required: false,
    aliases: ['许可证编号', '许可证号码'],
    description: '特种行业许可证等证件编号',
    example: '临公特旅字第2023015号',
  },
  {
    key: 'licenceValidUntil',
    label: '许可证有效期至',
    required: false,
    aliases: ['许可证有效期', '有效期至', '许可证到期日期'],
    description: '日期：2026-12-31、2026/12/31 或 2026年12月31日；长期有效填“长期”',
    example: '2026-12-31',
  },
  {
    key: 'regionCode',
    label: '行政区划代码',
    required: true,
    aliases: ['区划代码', '行政区划', '所属区划代码'],
    description: 'GB/T 2260 六位代码，如临河区 150802',
    example: '150802',
  },
  {
    key: 'industry',
    label: '行业',
    required: true,
    aliases: ['检查对象', '行业类别', '所属行业', '行业类型'],
    description: '与抽查事项的检查对象一致，如：旅馆业、公章刻制业（必填，决定被哪些事项抽取）',
    example: '旅馆业',
  },
  {
    key: 'riskClass',
    label: '风险等级',
    required: false,
    aliases: ['信用风险等级', '信用风险分类'],
    description: 'A、B、C、D（A风险最低）；留空按 B 处理；风险等级不公示',
    example: 'B',
    choices: ['A', 'B', 'C', 'D'],
  },
  {
    key: 'riskFlags',
    label: '风险情形',
    required: false,
    description:
      '可多选，用顿号或逗号分隔：涉及公共安全或严格管制、严重违法违规记录、经营异常名录/失信、社会关注度高/投诉举报多、拒绝检查/弄虚作假、其他',
    example: '',
  },
  {
    key: 'status',
    label: '状态',
    required: false,
    aliases: ['登记状态', '经营状态'],
    description: '正常/在业/存续 为正常；注销/吊销/停业 为已注销（不参与抽取，保留历史）；留空为正常',
    example: '正常',
    choices: ['正常', '在业', '存续', '注销', '吊销', '停业'],
  },
  {
    key: 'contactPhone',
    label: '联系电话',
    required: false,
    aliases: ['联系方式', '电话', '手机', '手机号码', '手机号', '联系人电话'],
    description: '11 位手机号或带区号的固定电话（如 0478-8123456）；加密保存，列表中遮蔽显示',
    example: '0478-8123456',
  },
];
