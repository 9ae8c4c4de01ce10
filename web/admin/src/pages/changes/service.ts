import { request } from '../../request.ts';
import type { ApplicationStatus, ReplacementApplication } from '../../services/types.ts';
import { fetchDrawList, type DrawListRow } from '../draws/service.ts';

export interface ApplicationRow extends ReplacementApplication {
  readonly draw: DrawListRow;
}

/** The applications the caller may read (all statuses when none is given), each with its draw. */
export async function fetchAllApplications(
  status?: ApplicationStatus,
  scope: { readonly unitId?: string; readonly year?: number } = {},
): Promise<readonly ApplicationRow[]> {
  const [{ applications }, draws] = await Promise.all([
    request<{ applications: ReplacementApplication[] }>('/api/admin/replacement-applications', {
      query: { status, ...scope },
    }),
    fetchDrawList({ status: 'confirmed' }),
  ]);
  const byId = new Map(draws.map((d) => [d.id, d]));
  return applications.flatMap((a) => {
    const draw = byId.get(a.drawId);
    return draw ? [{ ...a, draw }] : [];
  });
}
