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
