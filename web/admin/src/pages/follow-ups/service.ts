import { request } from '../../request.ts';
import type { FollowUp, FollowUpState } from '../../services/types.ts';

const followUpPath = (id: string, action: string) =>
  `/api/admin/follow-ups/${encodeURIComponent(id)}${action}`;

export async function fetchFollowUps(query: {
  state?: FollowUpState;
  entityId?: string;
}): Promise<readonly FollowUp[]> {
  const { rows } = await request<{ rows: FollowUp[] }>('/api/admin/follow-ups', { query: { ...query } });
  return rows;
}

export async function startFollowUp(id: string, on: string): Promise<FollowUp> {
  const { followUp } = await request<{ followUp: FollowUp }>(followUpPath(id, '/start'), {
    method: 'POST',
    body: { on },
  });
  return followUp;
}

export async function closeFollowUp(id: string, on: string, note: string): Promise<FollowUp> {
  const { followUp } = await request<{ followUp: FollowUp }>(followUpPath(id, '/close'), {
    method: 'POST',
    body: { on, note },
  });
  return followUp;
}
