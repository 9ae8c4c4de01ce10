import { request } from '../request.ts';
import type { EntitySummary, Page } from './types.ts';

/** Entities of the caller's directories whose name or code matches `q` (the first 20), for pickers. */
export async function searchEntities(q: string): Promise<readonly EntitySummary[]> {
  const { rows } = await request<Page<EntitySummary>>('/api/admin/entities', {
    query: { q, page: 1, pageSize: 20 },
  });
  return rows;
}
