/** The PostgreSQL error behind a driver or Drizzle error (Drizzle wraps it in `cause`). */
export interface PgErrorInfo {
  readonly code: string;
  readonly message: string;
  readonly constraint: string | undefined;
}

export function pgErrorOf(err: unknown): PgErrorInfo | null {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 5; depth++) {
    const e = cur as { code?: unknown; message?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return {
        code: e.code,
        message: String(e.message),
        constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
      };
    }
    cur = e.cause;
  }
  return null;
}

/** Our triggers raise 'ss:<code>: …'; returns that code. */
export function guardCodeOf(err: unknown): string | null {
  const info = pgErrorOf(err);
  const m = info ? /^ss:([a-z-]+):/.exec(info.message) : null;
  return m?.[1] ?? null;
}

export const isUniqueViolation = (err: unknown): boolean => pgErrorOf(err)?.code === '23505';

/** Errors of a connection that is gone or cannot be made (server stopped, restarting, unreachable). */
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// 57P01–57P03: admin shutdown, crash shutdown, cannot connect now; 08xxx: connection exceptions.
const CONNECTION_SQLSTATE = /^(57P0[123]|08...)$/;

export function isConnectionLoss(err: unknown): boolean {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 5; depth++) {
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && (CONNECTION_ERRNOS.has(e.code) || CONNECTION_SQLSTATE.test(e.code)))
      return true;
    if (typeof e.message === 'string' && /Connection terminated|connection timeout/i.test(e.message))
      return true;
    cur = e.cause;
  }
  return false;
}
