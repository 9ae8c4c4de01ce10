// RDRAW-1 draw engine: compute and verify on synthetic pools, beside the machine's hashing limit.
// Usage: node --import tsx bench/draw.bench.ts [--sizes 1000000,10000000] [--threads 2] [--runs 3]
//   [--suites RDRAW-1-SHA256,RDRAW-1-SM3] [--orders 'id order,shuffled']
import { spawnSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { completeDraw, prepareDraw, selectEntities } from '../src/domain/draw/compute.ts';
import type { ComputedDraw } from '../src/domain/draw/compute.ts';
import { NODE_ALGORITHM, nodeHasher } from '../src/domain/draw/hash-node.ts';
import {
  computeDrawInThreads,
  inspectorOrdersInThreads,
  keyPrefixesInThreads,
} from '../src/domain/draw/parallel-node.ts';
import { teamPools } from '../src/domain/draw/teams.ts';
import type { BundleClaims } from '../src/domain/draw/read-bundle.ts';
import { SUITES } from '../src/domain/draw/types.ts';
import type { DrawInput, PoolTable, Suite } from '../src/domain/draw/types.ts';
import { compareDraw, recomputable } from '../src/domain/draw/verify.ts';
import { sortedPool, syntheticDraw, syntheticPool } from './lib/synthetic-draw.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000,10000000' },
    threads: { type: 'string', default: String(Math.min(availableParallelism(), 4)) },
    runs: { type: 'string', default: '3' },
    suites: { type: 'string', default: SUITES.join(',') },
    orders: { type: 'string', default: 'id order,shuffled' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const parallel = Number(values.threads);

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

interface Timing {
  readonly prepare: number;
  readonly keys: number;
  readonly finish: number;
  readonly total: number;
  /** CPU time of all threads: under contention from other processes it stays while wall time grows. */
  readonly cpu: number;
  readonly draw: ComputedDraw;
}

/** One draw, phase by phase: prepare (checks, sort, digests, seed), keyE, then strata and teams. */
async function timedDraw(input: DrawInput, threads: number): Promise<Timing> {
  const { suite } = input.plan;
  const h = nodeHasher(suite);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const prepared = prepareDraw(input, h);
  if (!prepared.ok) throw new Error(prepared.error.message);
  const { seed, entityKeys } = prepared.prepared;
  const t1 = performance.now();
  const prefixes = await keyPrefixesInThreads(entityKeys, input.pool, suite, threads);
  const t2 = performance.now();
  const selection = selectEntities(prepared.prepared, h, prefixes);
  const pools = teamPools(input.plan, input.inspectors);
  const orders = await inspectorOrdersInThreads(seed, suite, selection.entities, pools, threads);
  const finished = completeDraw(prepared.prepared, h, selection, orders);
  if (!finished.ok) throw new Error(finished.error.message);
  const t3 = performance.now();
  const { user, system } = process.cpuUsage(c0);
  const cpu = (user + system) / 1000;
  return { prepare: t1 - t0, keys: t2 - t1, finish: t3 - t2, total: t3 - t0, cpu, draw: finished.draw };
}

/** verify = recompute from the inputs + compare every digest and the result. */
async function timedVerify(drawn: DrawInput, draw: ComputedDraw, threads: number): Promise<number> {
  const input = { ...drawn, commitments: draw.prepared.commitments };
  const claims = { digests: draw.digests, result: draw.result, replacements: [] } as unknown as BundleClaims;
  const t0 = performance.now();
  const computed = await computeDrawInThreads(recomputable(input), threads);
  const verdict = compareDraw(nodeHasher(input.plan.suite), input, claims, computed);
  if (!verdict.ok || verdict.mismatches.length > 0) throw new Error('the benchmark draw does not verify');
  return performance.now() - t0;
}

/** The machine's limit: a bare loop of one-shot crypto.hash over messages of the keyE size. */
function nativeHashLoop(suite: Suite, count: number, bytes: number): number {
  const algorithm = NODE_ALGORITHM[suite];
  const message = new Uint8Array(bytes);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    message[40] = i & 0xff;
    hash(algorithm, message, 'binary');
  }
  return performance.now() - t0;
}

function opensslSpeed(suite: Suite): string {
  const run = spawnSync(
    'openssl',
    ['speed', '-evp', NODE_ALGORITHM[suite], '-bytes', '64', '-seconds', '1'],
    { encoding: 'utf8' },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith(NODE_ALGORITHM[suite]));
  const kbPerSecond = Number(line?.trim().split(/\s+/).pop()?.replace(/k$/, ''));
  return Number.isFinite(kbPerSecond) ? `${((kbPerSecond * 1000) / 64 / 1e6).toFixed(2)} M blocks/s` : 'n/a';
}

function eligibleCount(pool: PoolTable): number {
  return pool.exclusion.reduce((n, code) => n + (code === 0 ? 1 : 0), 0);
}

async function benchSize(size: number): Promise<void> {
  const t0 = performance.now();
  const shuffled = syntheticPool(size);
  const sorted = sortedPool(shuffled);
  const eligible = eligibleCount(sorted);
  console.log(
    `\n### ${size.toLocaleString('en')} entities (${eligible.toLocaleString('en')} eligible, generated in ${seconds(performance.now() - t0)} s)\n`,
  );
  console.log(
    '| suite | pool order | threads | draw s (prepare + keyE + strata/teams) | CPU s | verify s | verify / draw | native keyE-size hash loop s | draw / native |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  let selected = '';
  for (const suite of SUITES.filter((x) => values.suites.split(',').includes(x))) {
    const native = nativeHashLoop(suite, eligible, 32 + 2 + 18);
    for (const [order, pool] of [
      ['id order', sorted],
      ['shuffled', shuffled],
    ] as const) {
      if (!values.orders.split(',').includes(order)) continue;
      for (const threads of [1, parallel]) {
        const input = syntheticDraw(pool, suite);
        const runs = size > 2_000_000 ? 1 : Number(values.runs);
        const timings: Timing[] = [];
        for (let r = 0; r < runs; r++) timings.push(await timedDraw(input, threads));
        const t = timings.sort((a, b) => a.total - b.total)[Math.floor(runs / 2)] ?? timings[0];
        if (!t) throw new Error('no run');
        const verify = await timedVerify(input, t.draw, threads);
        const phases = `${seconds(t.prepare)} + ${seconds(t.keys)} + ${seconds(t.finish)}`;
        selected = `${t.draw.result.teams.length.toLocaleString('en')} entities selected in ${t.draw.result.strata.length} strata`;
        console.log(
          `| ${suite} | ${order} | ${threads} | **${seconds(t.total)}** (${phases}) | ${seconds(t.cpu)} | ${seconds(verify)} | ${(verify / t.total).toFixed(2)} | ${seconds(native)} | ${(t.total / native).toFixed(2)} |`,
        );
      }
    }
  }
  console.log(`\n${selected}.`);
  console.log(
    `Peak resident memory of the process so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB.`,
  );
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(
  `Node ${process.version}, ${availableParallelism()} cores; parallel runs use ${parallel} threads.`,
);
console.log(`Load average at start (1, 5, 15 min): ${load()}`);
for (const suite of SUITES)
  console.log(`openssl speed -evp ${NODE_ALGORITHM[suite]} -bytes 64: ${opensslSpeed(suite)}`);
for (const size of sizes) await benchSize(size);
console.log(`\nLoad average at end (1, 5, 15 min): ${load()}`);
