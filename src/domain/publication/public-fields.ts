// R-N.10, R-26.1: what the portal and the open API may show of an inspection, as an allow-list.
// Risk class, ID numbers, phone numbers and raw records never reach a public view.
import { HANDLING_LABELS, type Handling } from '../inspection/handling.ts';
import type { InspectionRecord } from '../inspection/inspection-record.ts';
import type { Checked } from '../inspection/checked.ts';
import type { InspectionReport } from '../inspection/report.ts';
import type { ResultCodeSet } from '../inspection/result-code.ts';
import { publicResultOf, type ReviewState } from '../inspection/review-flow.ts';
import { maskAddress, maskIdNumber, maskPersonName } from '../privacy/mask.ts';
import { maskFreeText } from './free-text.ts';

export { maskFreeText } from './free-text.ts';
export { needsPrivacyApproval } from './privacy-approval.ts';

/** The entity as the directory holds it; only the allow-listed parts are ever copied out. */
export interface EntityForPublication {
  readonly kind: 'organisation' | 'person';
  readonly name: string;
  readonly creditCode: string | null;
  readonly idNumber: string | null;
  readonly address: string | null;
}

export interface InspectionForPublication {
  readonly entity: EntityForPublication;
  readonly item: { readonly code: string; readonly name: string };
  readonly record: Pick<InspectionRecord, 'checkedOn' | 'inspectors' | 'basis'>;
  readonly report: InspectionReport;
  readonly review: ReviewState;
}

export interface PublicEntity {
  readonly entityName: string;
  /** The credit code, or for a person without one the masked ID number. */
  readonly entityCode: string;
  /** An organisation's registered address; a person's residence down to the 街道/镇 only. */
  readonly entityAddress: string | null;
}

export interface PublicInspectionResult extends PublicEntity {
  readonly itemCode: string;
  readonly itemName: string;
  readonly inspectionType: string;
  readonly checkedOn: string;
  readonly resultLabel: string;
  readonly opinion: string;
  readonly handlingSummary: string;
  readonly publishedOn: string;
  /** `name (badge number)` and nothing else about an officer. */
  readonly inspectors: readonly string[];
}

export const PUBLIC_ENTITY_FIELDS = [
  'entityName',
  'entityCode',
  'entityAddress',
] as const satisfies readonly (keyof PublicEntity)[];

export const PUBLIC_INSPECTION_FIELDS = [
  ...PUBLIC_ENTITY_FIELDS,
  'itemCode',
  'itemName',
  'inspectionType',
  'checkedOn',
  'resultLabel',
  'opinion',
  'handlingSummary',
  'publishedOn',
  'inspectors',
] as const satisfies readonly (keyof PublicInspectionResult)[];

/** Copies the allow-listed fields and nothing else, whatever the object carries at run time. */
export function allowOnly<T extends object, K extends keyof T>(source: T, fields: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const f of fields) out[f] = source[f];
  return out;
}

export function publicEntity(e: EntityForPublication): PublicEntity {
  const entityCode = e.creditCode?.trim() || (e.idNumber ? maskIdNumber(e.idNumber) : '');
  const entityAddress = e.address === null ? null : e.kind === 'person' ? maskAddress(e.address) : e.address;
  const entityName = e.kind === 'person' ? maskPersonName(e.name) : e.name;
  return allowOnly({ entityName, entityCode, entityAddress }, PUBLIC_ENTITY_FIELDS);
}

export function handlingSummary(h: Handling): string {
  if (h.kind === 'transferred') return `已移交${maskFreeText(h.recipientDepartment)}处理`;
  if (h.kind === 'none') return '无';
  return HANDLING_LABELS[h.kind];
}

/** the published result of one inspection; refused until the approved report is published. */
export function publicInspectionResult(
  input: InspectionForPublication,
  codes?: ResultCodeSet,
): Checked<PublicInspectionResult> {
  const result = publicResultOf(input.review, input.report, codes);
  if (!result.shown)
    return {
      ok: false,
      problems: [{ field: 'review', code: 'not-published', message: `${result.statusLabel}，不能对外公开` }],
    };
  const view: PublicInspectionResult = {
    ...publicEntity(input.entity),
    itemCode: input.item.code,
    itemName: input.item.name,
    inspectionType: input.record.basis.kind === 'random' ? '双随机抽查' : '定向检查',
    checkedOn: input.record.checkedOn,
    resultLabel: result.resultLabel,
    opinion: maskFreeText(input.report.opinion),
    handlingSummary: handlingSummary(input.report.handling),
    publishedOn: result.publishedOn,
    inspectors: input.record.inspectors.map((p) => `${p.name} (${p.badgeNumber})`),
  };
  return { ok: true, value: allowOnly(view, PUBLIC_INSPECTION_FIELDS) };
}
