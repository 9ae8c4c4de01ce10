import { request } from '../../request.ts';
import type {
  ItemWithVersions,
  PlanDetail,
  PlanInput,
  PlanStatus,
  PlanSummary,
} from '../../services/types.ts';

export interface PlanQuery {
  readonly year?: number;
  readonly status?: PlanStatus;
  readonly unitId?: string;
}

export async function fetchPlans(query: PlanQuery): Promise<readonly PlanSummary[]> {
  const { plans } = await request<{ plans: PlanSummary[] }>('/api/admin/plans', { query: { ...query } });
  return plans;
}

export async function fetchPlan(id: string): Promise<PlanDetail> {
  const { plan } = await request<{ plan: PlanDetail }>(`/api/admin/plans/${encodeURIComponent(id)}`);
  return plan;
}

/** `validation-failed` is shown next to the fields by the editor itself. */
export async function createPlan(input: PlanInput): Promise<PlanDetail> {
  const { plan } = await request<{ plan: PlanDetail }>('/api/admin/plans', {
    method: 'POST',
    body: input,
    skipErrorHandler: true,
  });
  return plan;
}

export async function updatePlan(id: string, input: PlanInput): Promise<PlanDetail> {
  const { plan } = await request<{ plan: PlanDetail }>(`/api/admin/plans/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: input,
    skipErrorHandler: true,
  });
  return plan;
}

export async function approvePlan(id: string): Promise<PlanDetail> {
  const { plan } = await request<{ plan: PlanDetail }>(`/api/admin/plans/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
  });
  return plan;
}

/** The higher rule of an item's version in force: the plan floor does not apply when every item has one. */
export async function fetchHigherRule(itemId: string): Promise<string | null> {
  const { versions } = await request<ItemWithVersions>(`/api/admin/items/${encodeURIComponent(itemId)}`);
  return versions.find((version) => version.status === 'published')?.higherRule ?? null;
}
