// the public credit archive of one entity: its published inspections, results,
// non-cooperation, follow-ups, and its abnormal-list / blacklist / red-list history with credit repair.
import { FOLLOW_UP_LABELS, FOLLOW_UP_STATE_LABELS } from '../inspection/follow-up.ts';
import { NON_COOPERATION_LABELS } from '../inspection/non-cooperation.ts';
import type { ResultCodeSet } from '../inspection/result-code.ts';
import {
  allowOnly,
  PUBLIC_ENTITY_FIELDS,
  publicEntity,
  publicInspectionResult,
  type EntityForPublication,
  type InspectionForPublication,
  type PublicEntity,
  type PublicInspectionResult,
} from './public-fields.ts';

export const CREDIT_LISTS = ['abnormal', 'blacklist', 'red'] as const;
export type CreditList = (typeof CREDIT_LISTS)[number];

export const CREDIT_LIST_LABELS: Readonly<Record<CreditList, string>> = {
  abnormal: '经营异常名录',
  blacklist: '严重违法失信名单（黑名单）',
  red: '守信红名单',
};

export const PUBLIC_LIST_REASON = '依据“双随机、一公开”抽查检查结果列入';

export interface CreditListEntry {
  readonly list: CreditList;
  readonly since: string;
  readonly reason: string;
  readonly removedOn: string | null;
  /** The day credit repair (信用修复) was granted, if that is why it was removed. */
  readonly repairedOn: string | null;
}

export interface PublicCreditArchive extends PublicEntity {
  readonly inspections: readonly PublicInspectionResult[];
  readonly nonCooperation: readonly {
    readonly checkedOn: string;
    readonly circumstances: readonly string[];
  }[];
  readonly followUps: readonly {
    readonly checkedOn: string;
    readonly followUp: string;
    readonly state: string;
    readonly closedOn: string | null;
  }[];
  readonly lists: readonly {
    readonly list: string;
    readonly since: string;
    readonly reason: string;
    readonly removedOn: string | null;
    readonly creditRepaired: boolean;
  }[];
}

export const PUBLIC_CREDIT_ARCHIVE_FIELDS = [
  ...PUBLIC_ENTITY_FIELDS,
  'inspections',
  'nonCooperation',
  'followUps',
  'lists',
] as const satisfies readonly (keyof PublicCreditArchive)[];

/** Only published inspections appear; everything else of them stays internal. */
export function publicCreditArchive(
  entity: EntityForPublication,
  inspections: readonly InspectionForPublication[],
  lists: readonly CreditListEntry[],
  codes?: ResultCodeSet,
): PublicCreditArchive {
  const published = inspections.filter((i) => publicInspectionResult(i, codes).ok);
  const archive: PublicCreditArchive = {
    ...publicEntity(entity),
    inspections: published.flatMap((i) => {
      const r = publicInspectionResult({ ...i, entity }, codes);
      return r.ok ? [r.value] : [];
    }),
    nonCooperation: published
      .filter((i) => i.report.nonCooperation.length > 0)
      .map((i) => ({
        checkedOn: i.record.checkedOn,
        circumstances: i.report.nonCooperation.map((n) => NON_COOPERATION_LABELS[n.kind]),
      })),
    followUps: published.flatMap((i) =>
      i.report.followUps.map((f) => ({
        checkedOn: i.record.checkedOn,
        followUp: FOLLOW_UP_LABELS[f.kind],
        state: FOLLOW_UP_STATE_LABELS[f.state],
        closedOn: f.closedOn,
      })),
    ),
    lists: lists.map((l) => ({
      list: CREDIT_LIST_LABELS[l.list],
      since: l.since,
      // The officer's note behind a listing is internal (R-N.10): the public sees the standard ground.
      reason: PUBLIC_LIST_REASON,
      removedOn: l.removedOn,
      creditRepaired: l.repairedOn !== null,
    })),
  };
  return allowOnly(archive, PUBLIC_CREDIT_ARCHIVE_FIELDS);
}
