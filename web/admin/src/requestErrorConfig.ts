// The one place that turns `{ error: { code, message } }` into UI; the server's Chinese message is shown as is.
import type { useAppProps } from 'antd/es/app/context.js';
import { translate } from './locales/index.ts';
import type { RequestError } from './request.ts';

type Ui = Pick<useAppProps, 'message' | 'notification'>;

let ui: Ui | undefined;
let unauthenticated: () => void = () => undefined;
let lastUnauthenticatedAt = 0;

/** Turns `details` of `validation-failed` (shape not fixed by the contract) into readable lines. */
export function describeDetails(details: unknown): string[] {
  const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
  const line = (entry: unknown): string => {
    if (typeof entry !== 'object' || entry === null) return text(entry);
    const record = entry as Record<string, unknown>;
    const where = record['field'] ?? record['path'] ?? record['instancePath'] ?? record['column'];
    const what = text(record['message'] ?? entry);
    return where ? `${text(where)}：${what}` : what;
  };
  if (Array.isArray(details)) return details.slice(0, 8).map(line);
  if (typeof details === 'object' && details !== null) {
    return Object.entries(details)
      .slice(0, 8)
      .map(([field, value]) => `${field}：${text(value)}`);
  }
  return [];
}

function showValidation(current: Ui, error: RequestError): void {
  const lines = describeDetails(error.details);
  current.notification.error({
    key: 'validation-failed',
    title: error.message,
    description: lines.length ? lines.join('\n') : undefined,
    style: { whiteSpace: 'pre-line' },
  });
}

export const requestErrorConfig = {
  /** Bound once by the root component, so messages use the App context (theme, locale). */
  bindUi(next: Ui): void {
    ui = next;
  },
  /** What a 401 does: the session provider forgets the user, and the layout sends the officer to login. */
  onUnauthenticated(handler: () => void): void {
    unauthenticated = handler;
  },
  errorHandler(error: RequestError): void {
    if (error.status === 401 && error.code !== 'invalid-credentials') {
      unauthenticated();
      // Several requests of one screen fail together when the session ends: say it once.
      if (Date.now() - lastUnauthenticatedAt > 3000) ui?.message.warning(translate('error.sessionExpired'));
      lastUnauthenticatedAt = Date.now();
      return;
    }
    if (!ui) return;
    if (error.code === 'validation-failed') return showValidation(ui, error);
    if (error.status === 0 || error.status >= 500) {
      ui.notification.error({ key: error.code, title: translate('error.title'), description: error.message });
      return;
    }
    void ui.message.error({ content: error.message, key: error.code });
  },
};
