/** The six circumstances that make an entity a key (重点) entity, drawn more often. */
export const RISK_FLAGS = [
  'public-safety',
  'serious-violation',
  'abnormal-list',
  'public-attention',
  'refused-inspection',
  'other',
] as const;

export type RiskFlag = (typeof RISK_FLAGS)[number];

export const RISK_FLAG_LABELS: Readonly<Record<RiskFlag, string>> = {
  'public-safety': '涉及公共安全或严格管制',
  'serious-violation': '严重违法违规记录',
  'abnormal-list': '经营异常名录/失信',
  'public-attention': '社会关注度高/投诉举报多',
  'refused-inspection': '拒绝检查/弄虚作假',
  other: '其他',
};

// Names officers actually type, besides the code and the full label.
const ALIASES: Readonly<Record<string, RiskFlag>> = {
  公共安全: 'public-safety',
  严格管制: 'public-safety',
  严重违法: 'serious-violation',
  违法违规: 'serious-violation',
  经营异常名录: 'abnormal-list',
  经营异常: 'abnormal-list',
  失信: 'abnormal-list',
  社会关注度高: 'public-attention',
  投诉举报多: 'public-attention',
  投诉举报: 'public-attention',
  拒绝检查: 'refused-inspection',
  弄虚作假: 'refused-inspection',
};

const BY_NAME: ReadonlyMap<string, RiskFlag> = new Map<string, RiskFlag>([
  ...RISK_FLAGS.map((f) => [f, f] as const),
  ...RISK_FLAGS.map((f) => [RISK_FLAG_LABELS[f], f] as const),
  ...Object.entries(ALIASES),
]);

/** The flag for a code or Chinese name (case-insensitive for codes), or null. */
export function parseRiskFlag(text: string): RiskFlag | null {
  return BY_NAME.get(text) ?? BY_NAME.get(text.toLowerCase()) ?? null;
}
