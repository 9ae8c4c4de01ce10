// The checks of public verification and what only the full bundle shows, in plain Chinese: the CLI
// and the portal's 核验 page print the same words.
import type { PublicCheckId } from './verify-public.ts';

export const PUBLIC_CHECK_TITLES: Readonly<Record<PublicCheckId, string>> = {
  format: '文件是 RDRAW-2 公开视图',
  plan: '抽取方案完整有效（RDRAW-2）',
  'plan-digest': '抽取方案与公布的方案摘要一致',
  order: '各列表按规定顺序排列、没有重复',
  'public-digest': '分层表、抽中名单和检查组与公布的公开部分摘要一致',
  'pool-size': '各层可抽数之和不超过名录总数',
  witnesses: '每位见证人恰好有一个承诺和一个揭示',
  commitments: '见证人揭示的随机数与事先公布的承诺相符',
  'strata-digest': '各层盐值承诺与事先公布的分层摘要一致',
  seed: '随机种子可由事先公布的数据和全部随机数重算',
  quotas: '各层抽取数符合方案的抽取规则',
  'selected-count': '抽中总数等于各层抽取数之和',
  teams: '每个抽中对象一组检查人员，人数、人员库和工作量上限符合方案',
  signatures: '每位签名人用本人公钥对由本视图重建的声明所作的签名有效',
};

/** What the public view cannot show (DRAW.md §9), and who can check it with the full bundle. */
export const PUBLIC_CANNOT_CHECK: readonly string[] = [
  '每个对象属于哪一层（信用风险分类不公开），因此无法核对抽中的是否正是该层排序最前的对象',
  '哪些对象因注销、上级已查、已达上限、定向检查等原因不参与抽取',
  '各层的递补名单，以及每次替换的具体对象（只公布替换次数和原因类别）',
  '检查人员名录、回避关系和人员是否在岗',
];

export const FULL_BUNDLE_READERS =
  '以上内容可由本次抽取的见证人、本单位和上级监督机关、审计人员或法院凭完整数据包（含各层盐值）核验：完整核验会重算每个盐值承诺、每个对象的排序和整个结果。';
