import { request } from '../../request.ts';
import type {
  ConflictKind,
  InspectorDetail,
  InspectorQuery,
  InspectorSummary,
  Page,
} from '../../services/types.ts';

export const INSPECTOR_TEMPLATE_URL = '/api/admin/inspectors/template.xlsx';
export const INSPECTOR_IMPORT_URL = '/api/admin/inspectors/import';

export function fetchInspectors(query: InspectorQuery): Promise<Page<InspectorSummary>> {
  return request<Page<InspectorSummary>>('/api/admin/inspectors', { query: { ...query } });
}

export function fetchInspector(id: string): Promise<InspectorDetail> {
  return request<InspectorDetail>(`/api/admin/inspectors/${encodeURIComponent(id)}`);
}

export interface UnavailabilityInput {
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

/** Leave, secondment, training …: the inspector is out of draws for the period. */
export function addUnavailability(id: string, body: UnavailabilityInput): Promise<{ id: string }> {
  return request(`/api/admin/inspectors/${encodeURIComponent(id)}/unavailability`, { method: 'POST', body });
}

export interface ConflictInput {
  readonly entityId: string;
  readonly kind: ConflictKind;
  readonly reason: string;
}

/** 回避: a declared conflict excludes the inspector–entity pairing from draws (R-N.5). */
export function addConflict(id: string, body: ConflictInput): Promise<{ id: string }> {
  return request(`/api/admin/inspectors/${encodeURIComponent(id)}/conflicts`, { method: 'POST', body });
}

/** Entities to pick for a conflict, by name or code. */
