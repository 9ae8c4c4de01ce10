// R-4.1 (Art. 4): the five reasons for a targeted, non-random inspection. Such an inspection uses the
// same forms but never consumes a random draw, and takes the entity out of the random pool (code 4).

export const TARGETED_REASONS = [
  'complaint',
  'assigned-or-referred',
  'case-investigation',
  'violation-on-spot',
  'special-campaign',
] as const;

export type TargetedReason = (typeof TARGETED_REASONS)[number];

export const TARGETED_REASON_LABELS: Readonly<Record<TargetedReason, string>> = {
  complaint: '群众举报、投诉',
  'assigned-or-referred': '上级机关交办或其他部门移送案件线索',
  'case-investigation': '办理行政、刑事案件调查取证',
  'violation-on-spot': '现场发现违法犯罪行为',
  'special-campaign': '区域性专项执法',
};

export function isTargetedReason(s: string): s is TargetedReason {
  return (TARGETED_REASONS as readonly string[]).includes(s);
}

/** Why an inspection happens: drawn in a task, or targeted for one of the five reasons. */
export type InspectionBasis =
  | { readonly kind: 'random'; readonly taskId: string }
  | { readonly kind: 'targeted'; readonly reason: TargetedReason; readonly note: string };

/** only a random inspection counts against the draw, quotas and coverage. */
export function countsAsRandomDraw(basis: InspectionBasis): boolean {
  return basis.kind === 'random';
}

/** The reason text of an open targeted inspection, for `EntityFacts.targeted` (exclusion code 4). */
export function targetedExclusionReason(reason: TargetedReason, note = ''): string {
  const n = note.trim();
  return n ? `${TARGETED_REASON_LABELS[reason]}（${n}）` : TARGETED_REASON_LABELS[reason];
}
