// The one fetch wrapper: same-origin cookie session, JSON in and out, typed answers, errors as RequestError.
import { translate } from './locales/index.ts';
import { requestErrorConfig } from './requestErrorConfig.ts';
import type { ApiErrorBody } from './services/types.ts';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** A plain value is sent as JSON; FormData is sent as multipart. */
  readonly body?: unknown;
  /** The caller shows the error itself (e.g. inline in a dialog). */
  readonly skipErrorHandler?: boolean;
  /** Share of a FormData body sent so far (0…1), for large uploads; fetch cannot report it. */
  readonly onUploadProgress?: (sent: number) => void;
}

/** An answer of the API that is not 2xx, or no answer at all (status 0). */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function buildUrl(path: string, query?: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function toRequestError(response: Response): Promise<RequestError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isApiErrorBody(body)) {
    const { code, message, details } = body.error;
    return new RequestError(response.status, code, message, details);
  }
  return new RequestError(
    response.status,
    `http-${response.status}`,
    translate('error.http', { status: response.status }),
  );
}

/** Issue 10.5: the server's readable CSRF cookie, sent back in X-CSRF-Token on every write. */
function csrfHeader(method: string): Record<string, string> {
  if (method === 'GET') return {};
  const token = /(?:^|;\s*)ss_csrf=([^;]+)/.exec(document.cookie)?.[1];
  return token ? { 'X-CSRF-Token': decodeURIComponent(token) } : {};
}

function toInit(options: RequestOptions): RequestInit {
  const { method = 'GET', body } = options;
  const headers = { Accept: 'application/json', ...csrfHeader(method) };
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (body instanceof FormData) return { ...init, body };
  if (body === undefined) return init;
  return {
    ...init,
    body: JSON.stringify(body),
    headers: { ...headers, 'Content-Type': 'application/json' },
  };
}

/** The same request through XMLHttpRequest, whose upload reports progress; answers as a fetch Response. */
function sendWithProgress(
  url: string,
  init: RequestInit,
  onProgress: (sent: number) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'GET', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(init.headers as Record<string, string>))
      xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const empty = xhr.status === 204 || xhr.status === 304;
      const headers = { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' };
      resolve(new Response(empty ? null : xhr.responseText, { status: xhr.status, headers }));
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(init.body as XMLHttpRequestBodyInit);
  });
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    const url = buildUrl(path, options.query);
    const init = toInit(options);
    response =
      options.onUploadProgress && options.body instanceof FormData
        ? await sendWithProgress(url, init, options.onUploadProgress)
        : await fetch(url, init);
  } catch {
    const error = new RequestError(0, 'network-error', translate('error.network'));
    if (!options.skipErrorHandler) requestErrorConfig.errorHandler(error);
    throw error;
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const error = await toRequestError(response);
  if (!options.skipErrorHandler) requestErrorConfig.errorHandler(error);
  throw error;
}
