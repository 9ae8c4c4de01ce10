// The portal reads only the anonymous /api/public endpoints (docs/api.md); their schemas are allow-lists.
import type { PublicCreditArchive } from '../../../src/domain/publication/credit-archive.ts';
import type { PublicInspectionResult } from '../../../src/domain/publication/public-fields.ts';
import type { ResultSeverity } from '../../../src/domain/publication/result-severity.ts';

export class PublicApiError extends Error {
  override readonly name = 'PublicApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch {
    throw new PublicApiError(0, '无法连接服务器，请检查网络后重试');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body as T;
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  const message =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? error.message
      : '';
  throw new PublicApiError(response.status, message || `请求失败（HTTP ${response.status}）`);
}

export interface PublicItem {
  readonly code: string;
  readonly name: string;
  readonly category: 'priority' | 'general';
  readonly legalBasis: readonly { readonly law: string; readonly article: string }[];
  readonly objectType: string;
  readonly ratioPercent: number;
  readonly roundsPerYear: number;
  readonly methods: readonly string[];
  readonly checklist: readonly { readonly code: string; readonly text: string }[];
  readonly version: number;
  readonly effectiveFrom: string | null;
}

export interface PublicPlan {
  readonly code: string;
  readonly unitName: string;
  readonly year: number;
  readonly name: string;
  readonly items: readonly { readonly code: string; readonly name: string }[];
  readonly rounds: readonly { readonly round: number; readonly from: string; readonly to: string }[];
  readonly rates: readonly {
    readonly group: string;
    readonly regionCode: string | null;
    readonly percent: number;
  }[];
  readonly approvedAt: string | null;
}

// The shapes of the public allow-list (R-N.10) come from the domain that defines it (type-only).
export type PublicResult = PublicInspectionResult & {
  readonly publicId: string;
  readonly resultCode: string;
  readonly severity: ResultSeverity;
};
export interface PublicPage<T> {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly rows: readonly T[];
}
export interface PublicEntity {
  readonly publicId: string;
  readonly entityName: string;
  readonly entityCode: string;
  readonly results: number;
  readonly lastPublishedOn: string;
}
export type PublicArchive = PublicCreditArchive & { readonly publicId: string };
