import type { SignedStatement } from '../../utils/signing-key.ts';
import { request } from '../../request.ts';
import type { Page, Report, ReportInput, ResultCodeOption, ResultRow } from '../../services/types.ts';

const reportPath = (id: string, action = '') => `/api/admin/reports/${encodeURIComponent(id)}${action}`;

export interface ResultQuery {
  /** One review status, or several comma-separated. */
  readonly status?: string;
  readonly overdue?: boolean;
  readonly entityId?: string;
  readonly resultCode?: string;
  /** The dashboard's scope: a unit with those below it, and the year of approval. */
  readonly unitId?: string;
  readonly approvedYear?: number;
  readonly page?: number;
  readonly pageSize?: number;
}

export function fetchResults(query: ResultQuery): Promise<Page<ResultRow>> {
  return request('/api/admin/reports', { query: { ...query } });
}

export async function fetchReport(id: string): Promise<Report> {
  const { report } = await request<{ report: Report }>(reportPath(id));
  return report;
}

export async function fetchResultCodes(): Promise<readonly ResultCodeOption[]> {
  const { codes } = await request<{ codes: ResultCodeOption[] }>('/api/admin/result-codes');
  return codes;
}

/** Enters and submits the report (awaiting review); the form shows the field problems itself. */
export async function enterReport(recordId: string, body: ReportInput): Promise<Report> {
  const { report } = await request<{ report: Report }>(
    `/api/admin/inspections/${encodeURIComponent(recordId)}/report`,
    { method: 'POST', body, skipErrorHandler: true },
  );
  return report;
}

export type ReviewAction =
  | { readonly type: 'return' | 'reject'; readonly opinion: string }
  | { readonly type: 'approve'; readonly opinion?: string; readonly signature: SignedStatement }
  | { readonly type: 'publish'; readonly privacyApproval: boolean };

export async function reviewReport(id: string, action: ReviewAction): Promise<Report> {
  const { type, ...body } = action;
  const { report } = await request<{ report: Report }>(reportPath(id, `/${type}`), {
    method: 'POST',
    body,
    skipErrorHandler: true,
  });
  return report;
}
