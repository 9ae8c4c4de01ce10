import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { buildApp } from '../../src/server/app.ts';
import { PASSWORD } from './fixtures.ts';

export async function testApp(
  database: DatabaseHandle,
  options: { maxUploadBytes?: number } = {},
): Promise<FastifyInstance> {
  return buildApp({
    database,
    config: { secureCookies: false, logLevel: 'silent' },
    logger: false,
    ...options,
  });
}

/** Logs in through the API and returns the session cookie header. */
export async function loginCookie(
  app: FastifyInstance,
  username: string,
  password = PASSWORD,
): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ss_session');
  if (!cookie) throw new Error('no session cookie');
  return `ss_session=${cookie.value}`;
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
