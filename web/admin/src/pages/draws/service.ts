import { request } from '../../request.ts';
import type {
  ApplicationInput,
  DrawDetail,
  DrawSummary,
  ReplacementApplication,
  ReplacementView,
  TaskSummary,
} from '../../services/types.ts';
import { fetchTask, fetchTasks } from '../tasks/service.ts';

const drawPath = (id: string, action = '') => `/api/admin/draws/${encodeURIComponent(id)}${action}`;

export async function fetchDraw(id: string, quiet = false): Promise<DrawDetail> {
  const { draw } = await request<{ draw: DrawDetail }>(drawPath(id), { skipErrorHandler: quiet });
  return draw;
}

async function step(id: string, action: string, body?: unknown): Promise<DrawDetail> {
  const { draw } = await request<{ draw: DrawDetail }>(drawPath(id, action), { method: 'POST', body });
  return draw;
}

export const commitDraw = (id: string, witness: string, commit: string) =>
  step(id, '/commit', { witness, commit });
export const revealDraw = (id: string, witness: string, nonce: string) =>
  step(id, '/reveal', { witness, nonce });
export const computeDraw = (id: string) => step(id, '/compute');
export const signDraw = (
  id: string,
  role: 'drawer' | 'supervisor' | 'witness',
  statementDigest: string,
  witness?: string,
) => step(id, '/sign', { role, witness, statementDigest });
export const confirmDraw = (id: string) => step(id, '/confirm');
export const abortDraw = (id: string, reason: string) => step(id, '/abort', { reason });

export const bundleUrl = (id: string) => drawPath(id, '/bundle');

export interface DrawListRow extends DrawSummary {
  readonly task: TaskSummary;
}

/**
 * Every draw of the caller's tasks. The contract has no draw list endpoint: the draws come with each
 * task's detail, so this reads the tasks that have left the `ready` state.
 */
export async function fetchDrawList(): Promise<readonly DrawListRow[]> {
  const tasks = (await fetchTasks()).filter((task) => task.status !== 'ready');
  const details = await Promise.all(tasks.map((task) => fetchTask(task.id)));
  return details
    .flatMap((detail) =>
      detail.draws.map((draw) => ({ ...draw, task: tasks.find((t) => t.id === detail.id)! })),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function fetchApplications(drawUuid: string): Promise<readonly ReplacementApplication[]> {
  const { applications } = await request<{ applications: ReplacementApplication[] }>(
    drawPath(drawUuid, '/replacement-applications'),
  );
  return applications;
}

export async function applyForChange(
  drawUuid: string,
  input: ApplicationInput,
): Promise<ReplacementApplication> {
  const { application } = await request<{ application: ReplacementApplication }>(
    drawPath(drawUuid, '/replacement-applications'),
    { method: 'POST', body: input },
  );
  return application;
}

const applicationPath = (id: string, action: string) =>
  `/api/admin/replacement-applications/${encodeURIComponent(id)}${action}`;

export function approveApplication(
  id: string,
  note: string,
): Promise<{ application: ReplacementApplication; replacement: ReplacementView }> {
  return request(applicationPath(id, '/approve'), { method: 'POST', body: { note } });
}

export async function rejectApplication(id: string, note: string): Promise<ReplacementApplication> {
  const { application } = await request<{ application: ReplacementApplication }>(
    applicationPath(id, '/reject'),
    { method: 'POST', body: { note } },
  );
  return application;
}

export const evidenceUrl = (applicationId: string, index: number) =>
  applicationPath(applicationId, `/evidence/${index}`);
