import { request } from '../../request.ts';
import type {
  AnnounceInput,
  ConflictRow,
  DrawDetail,
  InspectorPoolRow,
  Officer,
  Page,
  PoolQuery,
  PoolRow,
  TaskDetail,
  TaskSummary,
  WitnessCode,
} from '../../services/types.ts';

/** One plan's tasks, or those of the dashboard's unit and plan year. */
export interface TaskQuery {
  readonly planId?: string;
  readonly unitId?: string;
  readonly year?: number;
}

export async function fetchTasks(query: TaskQuery = {}): Promise<readonly TaskSummary[]> {
  const { tasks } = await request<{ tasks: TaskSummary[] }>('/api/admin/tasks', { query: { ...query } });
  return tasks;
}

export async function fetchTask(id: string): Promise<TaskDetail> {
  const { task } = await request<{ task: TaskDetail }>(`/api/admin/tasks/${encodeURIComponent(id)}`);
  return task;
}

/** Freezes both pools; 409 plan-not-approved / task-exists / item-needs-no-directory. */
export async function createTask(input: {
  planId: string;
  round: number;
  drawDate: string;
}): Promise<TaskDetail> {
  const { task } = await request<{ task: TaskDetail }>('/api/admin/tasks', { method: 'POST', body: input });
  return task;
}

export function fetchPool(id: string, query: PoolQuery): Promise<Page<PoolRow>> {
  return request<Page<PoolRow>>(`/api/admin/tasks/${encodeURIComponent(id)}/pool`, { query: { ...query } });
}

export function fetchInspectorPool(
  id: string,
): Promise<{ inspectors: InspectorPoolRow[]; conflicts: ConflictRow[] }> {
  return request(`/api/admin/tasks/${encodeURIComponent(id)}/inspectors`);
}

export function fetchDrawOfficers(): Promise<{ drawers: Officer[]; supervisors: Officer[] }> {
  return request('/api/admin/draw-officers');
}

/** Announce (phase 1); the refusals (409) are shown in the dialog itself. */
export function announceDraw(
  taskId: string,
  input: AnnounceInput,
): Promise<{ draw: DrawDetail; codes: WitnessCode[] }> {
  return request(`/api/admin/tasks/${encodeURIComponent(taskId)}/draws`, {
    method: 'POST',
    body: input,
    skipErrorHandler: true,
  });
}
