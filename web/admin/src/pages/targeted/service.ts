import { request } from '../../request.ts';
import type { InspectionRecord, ItemSummary, TargetedReason } from '../../services/types.ts';
import { fetchItems } from '../items/service.ts';

/** the five circumstances of a non-random inspection, in the order of the rule. */
export const TARGETED_REASONS: readonly TargetedReason[] = [
  'complaint',
  'assigned',
  'case',
  'on-the-spot',
  'campaign',
];

export interface TargetedInspection {
  readonly id: string;
  readonly entityId: string;
  readonly entityName: string;
  /** null: every item of the unit (the entity leaves every random pool while it runs). */
  readonly itemId: string | null;
  readonly reason: TargetedReason;
  readonly from: string;
  readonly to: string | null;
  readonly note: string;
  /** The complaint, case or assignment number; null on rows registered before it was required. */
  readonly reference: string | null;
  /** Excludes its entity from newly frozen random pools only once a leader approves it. */
  readonly status: 'pending' | 'approved';
  readonly createdAt: string;
}

export interface TargetedInput {
  readonly entityId: string;
  readonly itemId: string | null;
  readonly reason: TargetedReason;
  readonly from: string;
  readonly to: string | null;
  readonly note: string;
  readonly reference: string;
}

export async function fetchTargeted(entityId?: string): Promise<readonly TargetedInspection[]> {
  const { rows } = await request<{ rows: TargetedInspection[] }>('/api/admin/targeted-inspections', {
    query: { entityId },
  });
  return rows;
}

export function registerTargeted(body: TargetedInput): Promise<{ id: string }> {
  return request('/api/admin/targeted-inspections', { method: 'POST', body });
}

export function approveTargeted(id: string): Promise<{ id: string }> {
  return request(`/api/admin/targeted-inspections/${id}/approve`, { method: 'POST', body: {} });
}

/** Items with a published version: only those can be inspected (the record uses their checklist). */
export async function fetchPublishedItems(): Promise<readonly ItemSummary[]> {
  return (await fetchItems({})).filter((item) => item.publishedVersion !== null);
}

/** The inspection record of a targeted inspection: the same form as a drawn entity's (basis `targeted`). */
export async function createTargetedRecord(body: {
  targetedInspectionId: string;
  itemId: string;
  checkedOn: string;
}): Promise<InspectionRecord> {
  const { inspection } = await request<{ inspection: InspectionRecord }>('/api/admin/inspections', {
    method: 'POST',
    body,
    skipErrorHandler: true,
  });
  return inspection;
}
