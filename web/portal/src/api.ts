// The portal reads only the anonymous /api/public endpoints (docs/api.md); their schemas are allow-lists.
import type { paths } from '../../admin/src/services/api.gen.ts';

// The shapes come from the OpenAPI document (npm run gen:api), never mirrored by hand.
type Answer<P extends keyof paths> = paths[P] extends {
  readonly get: {
    readonly responses: { readonly 200: { readonly content: { readonly 'application/json': infer T } } };
  };
}
  ? T
  : never;

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

export type PublicItem = Answer<'/api/public/items'>['items'][number];

export type PublicPlan = Answer<'/api/public/plans'>['plans'][number];

export type PublicResult = Answer<'/api/public/results'>['rows'][number];

export interface PublicPage<T> {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly rows: readonly T[];
}

export type PublicEntity = Answer<'/api/public/entities'>['rows'][number];
export type PublicArchive = Answer<'/api/public/entities/{publicId}/archive'>['archive'];

export type LogCheckpoint = Answer<'/api/public/log/latest'>;
export type LogKey = Answer<'/api/public/log/key'>;
