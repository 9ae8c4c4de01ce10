import type { ItemInput } from '../../src/services/item.service.ts';

export function sampleItem(unitId: string, code = 'LH-ZA-001', patch: Partial<ItemInput> = {}): ItemInput {
  return {
    code,
    unitId,
    name: '旅馆业治安管理检查',
    category: 'priority',
    legalBasis: [{ law: '《旅馆业治安管理办法》', article: '第四条、第六条' }],
    objectType: '旅馆业',
    needsEntityDirectory: true,
    ratioPercent: 5,
    roundsPerYear: 2,
    methods: ['on-site', 'document'],
    checklist: [
      { code: 'C1', text: '是否按规定如实登记旅客身份信息' },
      { code: 'C2', text: '是否落实治安保卫制度' },
    ],
    procedure: '抽取 → 通知 → 实地检查 → 填写检查登记表 → 出具检查报告',
    higherRule: null,
    ...patch,
  };
}
