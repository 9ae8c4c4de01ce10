import { request } from '../../request.ts';
import type { AuditEvent, EntityDetail, EntityQuery, EntitySummary, Page } from '../../services/types.ts';

export const ENTITY_TEMPLATE_URL = '/api/admin/entities/template.xlsx';
export const ENTITY_IMPORT_URL = '/api/admin/entities/import';

export function fetchEntities(query: EntityQuery): Promise<Page<EntitySummary>> {
  return request<Page<EntitySummary>>('/api/admin/entities', { query: { ...query } });
}

export function fetchEntity(id: string): Promise<{ entity: EntityDetail; history: AuditEvent[] }> {
  return request(`/api/admin/entities/${encodeURIComponent(id)}`);
}

export interface Deregistration {
  readonly date: string;
  readonly reason: string;
}

/** 注销: the entity leaves the draws but stays in the directory's history. */
export function deregisterEntity(id: string, body: Deregistration): Promise<{ entity: EntityDetail }> {
  return request(`/api/admin/entities/${encodeURIComponent(id)}/deregister`, { method: 'POST', body });
}

/** Issue 10.7: the full numbers; the server records each call in the audit log. */
export function fetchPersonalData(
  id: string,
  reason: string,
): Promise<{ idNumber: string | null; contactPhone: string | null }> {
  return request(`/api/admin/entities/${encodeURIComponent(id)}/personal-data`, {
    query: reason ? { reason } : {},
  });
}

/** 联系电话 ('' clears it): stored encrypted, answered masked. */
export function updateContactPhone(id: string, contactPhone: string): Promise<{ entity: EntityDetail }> {
  return request(`/api/admin/entities/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { contactPhone },
  });
}
