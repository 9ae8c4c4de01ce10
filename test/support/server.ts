import type { FastifyInstance, InjectOptions } from 'fastify';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { buildApp } from '../../src/server/app.ts';
import { PASSWORD } from './fixtures.ts';

export async function testApp(
  database: DatabaseHandle,
  options: { maxUploadBytes?: number } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    database,
    config: { secureCookies: false, logLevel: 'silent' },
    logger: false,
    ...options,
  });
  return sendingCsrfToken(app);
}

/**
 * Issue 10.5: as the officers' app does, a request carrying the `ss_csrf` cookie sends it back in
 * X-CSRF-Token — unless the test sets that header itself (a test of the check sets it, even to '').
 */
export function sendingCsrfToken(app: FastifyInstance): FastifyInstance {
  const inject = app.inject.bind(app);
  const withToken = (opts: InjectOptions | string): InjectOptions | string => {
    if (typeof opts !== 'object') return opts;
    const headers = (opts.headers ?? {}) as Record<string, string | undefined>;
    const token = /(?:^|;\s*)ss_csrf=([^;]+)/.exec(String(headers.cookie ?? ''))?.[1];
    if (!token || 'x-csrf-token' in headers) return opts;
    return { ...opts, headers: { ...headers, 'x-csrf-token': token } };
  };
  Object.defineProperty(app, 'inject', { value: (opts: InjectOptions | string) => inject(withToken(opts)) });
  return app;
}

/** Logs in through the API and returns the cookie header: the session and its CSRF token (issue 10.5). */
export async function loginCookie(
  app: FastifyInstance,
  username: string,
  password = PASSWORD,
): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ss_session');
  const csrf = res.cookies.find((c) => c.name === 'ss_csrf');
  if (!cookie || !csrf) throw new Error('no session or CSRF cookie');
  return `ss_session=${cookie.value}; ss_csrf=${csrf.value}`;
}

/** A multipart/form-data body with one file field. */
export function multipartFile(field: string, fileName: string, content: Buffer, type = 'text/csv') {
  const boundary = `----ss${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${encodeURIComponent(fileName)}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
