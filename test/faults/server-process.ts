// The real server as a child process (`shuangsui start`), driven over HTTP and killed at will.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ENTITY_COLUMNS } from '../../src/domain/directory/entity-columns.ts';
import { entityCsvLine, entityStream } from '../../src/db/seed/demo-entities.ts';
import { DEMO_PASSWORD as PASSWORD } from '../../src/services/demo.service.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  readonly base: string;
  readonly child: ChildProcess;
  /** What the process wrote (the last 8 kB), for a failing test's message. */
  output(): string;
  /** SIGKILL: no handler runs, nothing is flushed or released. */
  kill(): Promise<void>;
}

/** Starts `node bin/shuangsui.mjs start` and waits until GET /api/health answers 200. */
export async function startServer(env: Record<string, string>, timeoutMs = 240_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/shuangsui.mjs', 'start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-8192);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: ServerProcess = {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${out}`);
    const ok = await fetch(`${server.base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.kill();
  throw new Error(`the server did not answer within ${timeoutMs} ms:\n${out}`);
}

export interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** One signed-in session: JSON calls with its cookie. */
export async function session(base: string, username: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status} ${await login.text()}`);
  const set = login.headers.getSetCookie();
  const cookieNamed = (name: string) =>
    set.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`));
  const cookie = `${cookieNamed('ss_session') ?? ''}; ${cookieNamed('ss_csrf') ?? ''}`;
  // Issue 10.5: as the officers' app does, the readable CSRF cookie goes back in the header.
  const headers = { cookie, 'x-csrf-token': cookieNamed('ss_csrf')?.slice('ss_csrf='.length) ?? '' };
  const call = async (method: string, path: string, payload?: unknown): Promise<Reply> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const upload = (path: string, fileName: string, content: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type: 'text/csv' }), fileName);
    return fetch(`${base}${path}`, { method: 'POST', headers, body: form });
  };
  return { call, upload, base };
}
export type Session = Awaited<ReturnType<typeof session>>;

/**
 * An entity import file of `count` hotels (旅馆业, so all of them are one item's pool), valid credit codes;
 * `suffix` is appended to every name (the same rows again, each one changed).
 */
export function hotelCsv(count: number, seed: number, suffix = ''): Buffer {
  const lines = [`${ENTITY_COLUMNS.map((c) => c.label).join(',')}\n`];
  for (const row of entityStream(count, seed))
    lines.push(entityCsvLine({ ...row, name: row.name + suffix, industry: '旅馆业' }));
  return Buffer.from(lines.join(''));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a CLI command on the same data (the server stopped); resolves with its exit code and output. */
export function cli(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/shuangsui.mjs', ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}
