// RDRAW-1 draw engine: compute and verify on synthetic pools, beside the machine's hashing limit.
// Usage: node --import tsx bench/draw.bench.ts [--sizes 1000000,10000000] [--threads 2] [--runs 3]
import { spawnSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { finishDraw, prepareDraw } from '../src/domain/draw/compute.ts';
import type { ComputedDraw } from '../src/domain/draw/compute.ts';
import { NODE_ALGORITHM, nodeHasher } from '../src/domain/draw/hash-node.ts';
import { computeDrawInThreads, keyPrefixesInThreads } from '../src/domain/draw/parallel-node.ts';
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
  readonly draw: ComputedDraw;
}

/** One draw, phase by phase: prepare (checks, sort, digests, seed), keyE, strata and teams. */
async function timedDraw(input: DrawInput, threads: number): Promise<Timing> {
  const h = nodeHasher(input.plan.suite);
  const t0 = performance.now();
  const prepared = prepareDraw(input, h);
  if (!prepared.ok) throw new Error(prepared.error.message);
  const t1 = performance.now();
  const prefixes = await keyPrefixesInThreads(prepared.prepared.seed, input.pool, input.plan.suite, threads);
  const t2 = performance.now();
  const finished = finishDraw(prepared.prepared, h, prefixes);
  if (!finished.ok) throw new Error(finished.error.message);
  const t3 = performance.now();
  return { prepare: t1 - t0, keys: t2 - t1, finish: t3 - t2, total: t3 - t0, draw: finished.draw };
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
    '| suite | pool order | threads | draw s (prepare + keyE + strata/teams) | verify s | verify / draw | native keyE-size hash loop s | draw / native |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const suite of SUITES) {
    const native = nativeHashLoop(suite, eligible, 32 + 2 + 18);
    for (const [order, pool] of [
      ['id order', sorted],
      ['shuffled', shuffled],
    ] as const) {
      for (const threads of [1, parallel]) {
        const input = syntheticDraw(pool, suite);
        const runs = size > 2_000_000 ? 1 : Number(values.runs);
        const timings: Timing[] = [];
        for (let r = 0; r < runs; r++) timings.push(await timedDraw(input, threads));
        const t = timings.sort((a, b) => a.total - b.total)[Math.floor(runs / 2)] ?? timings[0];
        if (!t) throw new Error('no run');
        const verify = await timedVerify(input, t.draw, threads);
        const phases = `${seconds(t.prepare)} + ${seconds(t.keys)} + ${seconds(t.finish)}`;
        console.log(
          `| ${suite} | ${order} | ${threads} | **${seconds(t.total)}** (${phases}) | ${seconds(verify)} | ${(verify / t.total).toFixed(2)} | ${seconds(native)} | ${(t.total / native).toFixed(2)} |`,
        );
      }
    }
  }
  const selected = syntheticDraw(sorted, 'RDRAW-1-SHA256');
  const q = await computeDrawInThreads(selected, 1);
  if (q.ok)
    console.log(
      `\n${q.draw.result.teams.length.toLocaleString('en')} entities selected in ${q.draw.result.strata.length} strata.`,
    );
  console.log(
    `Peak resident memory of the process so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB.`,
  );
}

console.log(
  `Node ${process.version}, ${availableParallelism()} cores; parallel runs use ${parallel} threads.`,
);
for (const suite of SUITES)
  console.log(`openssl speed -evp ${NODE_ALGORITHM[suite]} -bytes 64: ${opensslSpeed(suite)}`);
for (const size of sizes) await benchSize(size);
