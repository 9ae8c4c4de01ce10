import { request } from '../../request.ts';
import type { CreditArchive } from '../../services/types.ts';

export async function fetchArchive(entityId: string): Promise<CreditArchive> {
  const { archive } = await request<{ archive: CreditArchive }>(
    `/api/admin/entities/${encodeURIComponent(entityId)}/archive`,
  );
  return archive;
}
