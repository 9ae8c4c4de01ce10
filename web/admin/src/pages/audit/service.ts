import { request } from '../../request.ts';
import type { AuditPage, AuditQuery } from '../../services/types.ts';

export function fetchAudit(query: AuditQuery): Promise<AuditPage> {
  return request<AuditPage>('/api/admin/audit', { query: { ...query } });
}
