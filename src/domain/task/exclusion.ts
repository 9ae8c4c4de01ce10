// Exclusion codes of the frozen pools (DRAW.md §2); the reason text goes with the frozen row.

/** What the platform knows about an entity on the draw date. */
export interface EntityFacts {
  readonly status: 'active' | 'deregistered';
  /** A superior level drew it this year for an item of the task. */
  readonly superiorDrawn: string | null;
  /** Random inspections drawn for it this year, all departments (R-N.3). */
  readonly drawsThisYear: number;
  readonly yearlyCap: number;
  /** The reason of an open targeted inspection. */
  readonly targeted: string | null;
}

export interface Exclusion {
  readonly code: 0 | 1 | 2 | 3 | 4 | 5;
  readonly reason: string | null;
}

const ELIGIBLE: Exclusion = { code: 0, reason: null };

export function entityExclusion(f: EntityFacts): Exclusion {
  if (f.status !== 'active') return { code: 1, reason: '已注销' };
  if (f.superiorDrawn) return { code: 2, reason: `上级已于本年度就同一事项抽取（${f.superiorDrawn}）` };
  if (f.drawsThisYear >= f.yearlyCap)
    return { code: 3, reason: `本年度已被抽取 ${f.drawsThisYear} 次，达到上限 ${f.yearlyCap}` };
  if (f.targeted) return { code: 4, reason: `正在接受非随机的定向检查：${f.targeted}` };
  return ELIGIBLE;
}

export interface InspectorFacts {
  readonly status: 'active' | 'transferred' | 'retired';
  readonly unavailable: string | null;
  readonly certificateValidUntil: string;
  readonly qualifiedItemCodes: readonly string[];
}

export interface InspectorExclusion {
  readonly code: 0 | 1 | 2 | 3;
  readonly reason: string | null;
}

/** R-N.4: `itemCodes` are the task's items of the inspector's department. */
export function inspectorExclusion(
  f: InspectorFacts,
  drawDate: string,
  itemCodes: readonly string[],
): InspectorExclusion {
  if (f.status !== 'active') return { code: 1, reason: f.status === 'retired' ? '已退休' : '已调离' };
  if (f.unavailable) return { code: 1, reason: `抽取日不在岗：${f.unavailable}` };
  if (f.certificateValidUntil < drawDate)
    return { code: 2, reason: `执法证已于 ${f.certificateValidUntil} 到期` };
  if (!itemCodes.some((c) => f.qualifiedItemCodes.includes(c)))
    return { code: 3, reason: '不具备本任务事项的执法资格' };
  return { code: 0, reason: null };
}
