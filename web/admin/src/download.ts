// Files the API generates (PDF, XLSX, CSV): fetched with the session, saved under the server's Chinese name.
import { translate } from './locales/index.ts';
import { buildUrl, RequestError, type QueryValue } from './request.ts';
import { requestErrorConfig } from './requestErrorConfig.ts';

/** The RFC 5987 `filename*` of a Content-Disposition header, else the plain one. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]!);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

async function failure(response: Response): Promise<RequestError> {
  const body = (await response.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string } } | undefined;
  const message = body?.error?.message ?? translate('error.http', { status: response.status });
  return new RequestError(response.status, body?.error?.code ?? `http-${response.status}`, message);
}

/** Downloads a generated file; a refusal (too many rows, no access) is shown like any request error. */
export async function downloadFile(
  path: string,
  query?: Readonly<Record<string, QueryValue>>,
  fallbackName = 'download',
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { credentials: 'same-origin' });
  } catch {
    requestErrorConfig.errorHandler(new RequestError(0, 'network-error', translate('error.network')));
    return;
  }
  if (!response.ok) {
    requestErrorConfig.errorHandler(await failure(response));
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
