// The public API under load (issue 12): every public list with 100,000 published results, beside a bare
// Fastify JSON route (the ceiling). autocannon runs in a child process against 127.0.0.1 only.
// Usage: node --import tsx bench/public-api.bench.ts [--results 100000] [--db pglite|postgres]
//          [--connections 50] [--seconds 5] [--runs 3]
// PostgreSQL: uses DATABASE_URL, or starts a throwaway PostgreSQL 15 cluster like the tests do.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { migrate, openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { buildApp } from '../src/server/app.ts';
import { publicDataChanged } from '../src/services/public-data.ts';
import { freshPostgres } from './lib/fresh-postgres.ts';
import { loadPublishedResults } from './lib/published-results.ts';

const { values } = parseArgs({
  options: {
    results: { type: 'string', default: '100000' },
    db: { type: 'string', default: 'pglite' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
  },
});
const run = promisify(execFile);

async function openTarget(): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (values.db === 'pglite')
    return { handle: await openDatabase({ memory: true }), cleanup: async () => {} };
  const { handle, cleanup } = await freshPostgres('bench_public');
  return { handle, cleanup };
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string): Promise<Load> {
  const { stdout } = await run('node', ['bench/lib/load-run.mjs', url, values.connections, values.seconds]);
  return JSON.parse(stdout) as Load;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, url: string, cold?: () => Promise<number>) {
  const runs: Load[] = [];
  for (let i = 0; i < Number(values.runs); i++) runs.push(await load(url));
  const bad = runs.reduce((n, r) => n + r.non2xx + r.errors, 0);
  const coldMs = cold ? (await cold()).toFixed(1) : '—';
  const rps = runs.map((r) => Math.round(r.rps)).join(' / ');
  console.log(
    `| ${label} | ${Math.round(median(runs.map((r) => r.rps)))} (${rps}) | ${median(runs.map((r) => r.p99))} | ${coldMs} | ${bad} |`,
  );
}

const { handle, cleanup } = await openTarget();
await migrate(handle);
const loaded = await loadPublishedResults(handle, Number(values.results));
console.error(`${values.db}: ${loaded.published} published results loaded in ${loaded.seconds.toFixed(1)} s`);
const app = await buildApp({
  database: handle,
  config: { secureCookies: false, logLevel: 'silent' },
  logger: false,
});
const base = await app.listen({ host: '127.0.0.1', port: 0 });
const sample = (await (await fetch(`${base}/api/public/results`)).json()) as {
  rows: { publicId: string; entityName: string; itemCode: string }[];
};
const bare = Fastify({ logger: false });
bare.get('/bare', async () => sample);
const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
const first = sample.rows[0]!;

/** One request right after the cache was dropped: the cost of a miss (median of 5). */
const coldOf = (url: string) => async () => {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    publicDataChanged();
    const t = performance.now();
    await (await fetch(url)).arrayBuffer();
    times.push(performance.now() - t);
  }
  return median(times);
};

const LISTS: [string, string][] = [
  ['results, page 1', '/api/public/results'],
  ['results, page 2,000', '/api/public/results?page=2000'],
  ['results, name search', `/api/public/results?q=${encodeURIComponent(first.entityName.slice(2, 5))}`],
  ['results, item + year + result', `/api/public/results?item=${first.itemCode}&year=2026&result=no-problem`],
  ['results.csv, 20 rows', '/api/public/results.csv?pageSize=20'],
  ['results.csv, 1,000 rows (a download, ≈ 0.5 MB)', '/api/public/results.csv'],
  ['entities (archive search)', `/api/public/entities?q=${encodeURIComponent(first.entityName.slice(2, 5))}`],
  ['credit archive', `/api/public/entities/${encodeURIComponent(first.publicId)}/archive`],
  ['items', '/api/public/items'],
  ['plans', '/api/public/plans'],
  ['draws', '/api/public/draws'],
];
console.log(
  `\n${values.db}, ${loaded.published} published results, autocannon -c ${values.connections} -d ${values.seconds}, ${values.runs} runs`,
);
console.log('| route | req/s median (runs) | p99 ms (median) | one uncached request, ms | non-2xx |');
console.log('|---|---|---|---|---|');
await measure('bare Fastify, same JSON as results page 1', `${bareBase}/bare`);
for (const [label, path] of LISTS) await measure(label, `${base}${path}`, coldOf(`${base}${path}`));
await bare.close();
await app.close();
await handle.close();
await cleanup();
