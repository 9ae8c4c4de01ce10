import { signAsOfficer } from '../../utils/signing-key.ts';
import { request } from '../../request.ts';
import type {
  ApplicationInput,
  DrawDetail,
  DrawListRow,
  DrawStatus,
  ReplacementApplication,
  ReplacementView,
} from '../../services/types.ts';

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
/** Signs in this browser with the officer's own key (issue 10.4), then sends the signature. */
export const signDraw = async (
  userId: string,
  id: string,
  role: 'drawer' | 'supervisor' | 'witness',
  statementDigest: string,
  witness?: string,
) => step(id, '/sign', { role, witness, statementDigest, ...(await signAsOfficer(userId, statementDigest)) });
export const confirmDraw = (id: string) => step(id, '/confirm');
/** After a reveal only the supervisor may abort, naming the witness who missed the reveal deadline. */
export const abortDraw = (id: string, reason: string, missingWitness?: string) =>
  step(id, '/abort', missingWitness ? { reason, missingWitness } : { reason });

export const bundleUrl = (id: string) => drawPath(id, '/bundle');

export type { DrawListRow };

/** The draws the caller may read, newest first. */
export async function fetchDrawList(
  filter: { readonly status?: DrawStatus; readonly taskId?: string } = {},
): Promise<readonly DrawListRow[]> {
  const query = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();
  const { draws } = await request<{ draws: DrawListRow[] }>(`/api/admin/draws${query ? `?${query}` : ''}`);
  return draws;
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
