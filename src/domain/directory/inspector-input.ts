import type { FieldProblem } from '../field-problem.ts';
import { isRegionCode } from '../region/region.ts';
import { BADGE_PATTERN } from './inspector-row.ts';

export interface InspectorInput {
  readonly name: string;
  readonly post?: string | undefined;
  readonly rank?: string | undefined;
  readonly badgeNumber: string;
  readonly level: 'city' | 'district' | 'station';
  readonly regionCode: string;
  readonly certificateNumber: string;
  readonly certificateValidUntil: string;
  readonly qualifiedItemCodes: readonly string[];
  readonly status?: 'active' | 'transferred' | 'retired' | undefined;
}

/** R-N.4: only certified officers; the item codes must name existing items. */
export function checkInspectorInput(i: InspectorInput, knownItemCodes: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  if (!i.name.trim()) add('name', 'required', '姓名不能为空');
  if (!BADGE_PATTERN.test(i.badgeNumber))
    add('badgeNumber', 'badge-number-format', `警号格式不正确：${i.badgeNumber}`);
  if (!isRegionCode(i.regionCode))
    add('regionCode', 'region-unknown', `行政区划代码 ${i.regionCode} 不存在（GB/T 2260）`);
  if (!i.certificateNumber.trim())
    add('certificateNumber', 'required', '执法证号不能为空（第十五条：须具有执法资格）');
  for (const code of i.qualifiedItemCodes) {
    if (!knownItemCodes.has(code)) add('qualifiedItemCodes', 'item-unknown', `抽查事项 ${code} 不存在`);
  }
  return problems;
}
