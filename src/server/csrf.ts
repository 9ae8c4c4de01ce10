// Issue 10.5: a token beside the Origin check for cookie-authenticated writes. The token is derived from
// the session token (HMAC, so it reveals nothing of it), sent to the officers' app in a readable cookie,
// and must come back in the X-CSRF-Token header: another site can make the browser send the cookies but
// cannot read them to write the header. Derived, not stored: it lives exactly as long as the session.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../services/errors.ts';
import { SESSION_COOKIE } from './context.ts';

export const CSRF_COOKIE = 'ss_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const KEY = 'ShuangSui CSRF token 1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Missing or wrong X-CSRF-Token on a signed-in write (403). */
export class CsrfTokenError extends ForbiddenError {
  constructor() {
    super('请求缺少有效的防跨站令牌（X-CSRF-Token），请刷新页面后重试');
    Object.defineProperty(this, 'code', { value: 'csrf-token-invalid' });
  }
}

export const csrfTokenOf = (sessionToken: string): string =>
  createHmac('sha256', KEY).update(sessionToken, 'utf8').digest('base64url');

function tokenMatches(sessionToken: string, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const want = Buffer.from(csrfTokenOf(sessionToken));
  const got = Buffer.from(sent);
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Signing in needs no token (there is no session yet to derive it from); the Origin check still applies. */
const guarded = (url: string) =>
  url.startsWith('/api/admin/') || (url.startsWith('/api/auth/') && !url.startsWith('/api/auth/login'));

export function csrfProtection(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const session = req.cookies[SESSION_COOKIE];
    if (!session || !UNSAFE.has(req.method) || !guarded(req.url)) return;
    if (!tokenMatches(session, req.headers[CSRF_HEADER])) throw new CsrfTokenError();
  });
}

/** The readable cookie the officers' app copies into the header (set at sign-in and by /me). */
export function setCsrfCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  sessionToken: string,
  secure: boolean | 'auto',
  expires?: Date,
): void {
  void reply.setCookie(CSRF_COOKIE, csrfTokenOf(sessionToken), {
    path: '/',
    httpOnly: false,
    sameSite: 'strict',
    secure: secure === 'auto' ? request.protocol === 'https' : secure,
    ...(expires && { expires }),
  });
}
