import type { ColumnSpec } from './column-map.ts';

export type InspectorColumnKey =
  | 'name'
  | 'post'
  | 'rank'
  | 'badgeNumber'
  | 'level'
  | 'regionCode'
  | 'certificateNumber'
  | 'certificateValidUntil'
  | 'qualifiedItems'
  | 'status';

/** Inspector import columns (R-15.1, R-N.4), in template order. */
export const INSPECTOR_COLUMNS: readonly ColumnSpec<InspectorColumnKey>[] = [
  {
    key: 'name',
    label: '姓名',
    required: true,
    description: '执法检查人员姓名（必填）',
    example: '（示例）王建国',
  },
  { key: 'post', label: '岗位', required: false, description: '如：治安管理、社区民警', example: '治安管理' },
  {
    key: 'rank',
    label: '职务',
    required: false,
    aliases: ['职级', '职称'],
    description: '如：副所长、一级警长',
    example: '一级警长',
  },
  {
    key: 'badgeNumber',
    label: '警号',
    required: true,
    description: '6或7位数字，可带1–2个字母前缀（必填，作为人员唯一标识）；请设为文本格式',
    example: '152036',
  },
  {
    key: 'level',
    label: '执法层级',
    required: true,
    aliases: ['层级'],
    description: '市局、分局 或 派出所',
    example: '派出所',
    choices: ['市局', '分局', '派出所'],
  },
  {
    key: 'regionCode',
    label: '行政区划代码',
    required: true,
    aliases: ['区划代码'],
    description: 'GB/T 2260 六位代码，如临河区 150802',
    example: '150802',
  },
  {
    key: 'certificateNumber',
    label: '执法证号',
    required: true,
    aliases: ['执法证编号', '执法资格证号'],
    description: '人民警察执法资格证号（必填）',
    example: '15080020180123',
  },
  {
    key: 'certificateValidUntil',
    label: '执法证有效期至',
    required: true,
    aliases: ['执法证有效期'],
    description: '日期：2027-06-30、2027/6/30 或 2027年6月30日；过期人员可导入但不参与抽取',
    example: '2027-06-30',
  },
  {
    key: 'qualifiedItems',
    label: '执法范围',
    required: true,
    aliases: ['执法事项', '可检查事项'],
    description: '可检查的抽查事项编码，用分号、顿号、逗号或空格分隔，如 LH-ZA-001；LH-ZA-002',
    example: 'LH-ZA-001；LH-ZA-002',
  },
  {
    key: 'status',
    label: '状态',
    required: false,
    aliases: ['在岗状态'],
    description: '在岗、调离 或 退休；留空为在岗（调离、退休人员不参与抽取）',
    example: '在岗',
    choices: ['在岗', '调离', '退休'],
  },
];
