// Issue 10: security headers on every answer (a CSP both apps pass), and writes with a session cookie
// refused when a browser says they come from another site (a cross-origin `text/plain` POST used to
// approve a plan; SameSite alone is not enough for older browsers and same-site subdomains).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../services/errors.ts';
import { SESSION_COOKIE } from './context.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function crossSite(req: FastifyRequest): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    // Both through URL, so that a default port (":80", ":443") compares equal to none.
    const from = new URL(origin);
    return from.host !== new URL(`${from.protocol}//${req.headers.host ?? ''}`).host;
  } catch {
    return true;
  }
}

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    const session = (req.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`);
    if (UNSAFE.has(req.method) && req.url.startsWith('/api/') && session && crossSite(req))
      throw new ForbiddenError('拒绝来自其他网站的请求（跨站请求）');
  });
  app.addHook('onSend', async (req, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('x-frame-options', 'DENY');
    // The API document's viewer brings its own inline script.
    if (!req.url.startsWith('/docs')) void reply.header('content-security-policy', CSP);
    return payload;
  });
}
