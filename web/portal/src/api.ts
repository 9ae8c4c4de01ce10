// The portal reads only the anonymous /api/public endpoints (docs/api.md); their schemas are allow-lists.

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

export interface PublicDraw {
  readonly drawId: string;
  readonly taskCode: string;
  readonly planCode: string;
  readonly drawDate: string;
  readonly suite: string;
  readonly confirmedAt: string;
  readonly poolSize: number;
  readonly eligible: number;
  readonly selected: number;
  readonly replacements: number;
}

export interface PublicResult {
  readonly publicId: string;
  readonly entityName: string;
  readonly entityCode: string;
  readonly entityAddress: string | null;
  readonly itemCode: string;
  readonly itemName: string;
  readonly inspectionType: string;
  readonly checkedOn: string;
  readonly resultLabel: string;
  readonly opinion: string;
  readonly handlingSummary: string;
  readonly publishedOn: string;
  readonly inspectors: readonly string[];
}

export interface PublicArchive {
  readonly publicId: string;
  readonly entityName: string;
  readonly entityCode: string;
  readonly entityAddress: string | null;
  readonly inspections: readonly Omit<PublicResult, 'publicId'>[];
  readonly nonCooperation: readonly {
    readonly checkedOn: string;
    readonly circumstances: readonly string[];
  }[];
  readonly followUps: readonly {
    readonly checkedOn: string;
    readonly followUp: string;
    readonly state: string;
    readonly closedOn: string | null;
  }[];
  readonly lists: readonly {
    readonly list: string;
    readonly since: string;
    readonly reason: string;
    readonly removedOn: string | null;
    readonly creditRepaired: boolean;
  }[];
}

export const bundleUrl = (drawId: string) => `/api/public/draws/${encodeURIComponent(drawId)}/bundle`;
