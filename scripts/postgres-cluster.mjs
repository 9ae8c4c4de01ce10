// A throwaway PostgreSQL 15 cluster on a loopback port, made with the installed binaries.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, chownSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

function binDir() {
  for (const dir of ['/usr/lib/postgresql/15/bin']) if (existsSync(join(dir, 'initdb'))) return dir;
  try {
    const dir = execFileSync('pg_config', ['--bindir']).toString().trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    /* no pg_config */
  }
  return null;
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres() {
  if (process.env.TEST_DATABASE_URL) return { env: {}, stop() {} };
  if (!binDir()) {
    const why =
      'PostgreSQL 15 binaries not found: install the Debian package postgresql-15 (apt-get install -y postgresql-15)';
    return { env: { TEST_POSTGRES_MISSING: why }, stop() {} };
  }
  const cluster = await startCluster();
  return { env: { TEST_DATABASE_URL: cluster.url }, stop: cluster.stop };
}

/** A cluster of one's own, always new: `halt()` and `resume()` stop and start it on the same port. */
export async function startCluster() {
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL 15 binaries not found (apt-get install -y postgresql-15)');
  const dir = mkdtempSync(join(tmpdir(), 'shuangsui-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const r = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' })
      : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const resume = () => run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  resume();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      /* already halted */
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.on('exit', stop);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    halt: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    resume,
    stop,
  };
}
