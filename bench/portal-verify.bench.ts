// 核验 in the browser (issue 9): a synthetic RDRAW-2 draw of N entities, its public view and full
// bundle verified by the portal's own Web Worker (dist/portal, pure-JS hashes) in Debian's Chromium.
// Usage: npm run build && node --import tsx bench/portal-verify.bench.ts [--entities 100000] [--runs 3]
//          [--suites RDRAW-2-SHA256,RDRAW-2-SM3]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { drawBundle } from '../src/domain/draw/bundle.ts';
import { computeDraw } from '../src/domain/draw/compute.ts';
import { nodeHasher } from '../src/domain/draw/hash-node.ts';
import { publicViewOfDraw } from '../src/domain/draw/public-view.ts';
import type { Suite } from '../src/domain/draw/types.ts';
import { launchChromium } from '../test/support/browser.ts';
import { syntheticDraw, syntheticPool } from './lib/synthetic-draw.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    suites: { type: 'string', default: 'RDRAW-2-SHA256,RDRAW-2-SM3' },
  },
});
const DIST = fileURLToPath(new URL('../dist/portal/', import.meta.url));
const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
};

/** The draw's files as the portal serves and an auditor downloads them. */
function makeDraw(n: number, suite: Suite): { bundle: string; view: string; selected: number } {
  const pool = syntheticPool(n);
  // One deterministic 32-byte salt per stratum: the bench needs reproducible files, not secrets.
  const salts = pool.strata.map((stratum) => ({
    stratum,
    salt: createHash('sha256').update(`bench-salt/${stratum}`).digest('hex'),
  }));
  const computed = computeDraw({ ...syntheticDraw(pool, suite), salts }, nodeHasher(suite));
  if (!computed.ok) throw new Error(computed.error.message);
  const view = publicViewOfDraw(computed.draw);
  return {
    bundle: JSON.stringify(drawBundle(computed.draw)),
    view: JSON.stringify(view),
    selected: view?.selected.length ?? 0,
  };
}

function serve(files: Map<string, string>): Promise<{ origin: string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const body = files.get(path);
    if (body !== undefined) return void res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    try {
      const file = readFileSync(join(DIST, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(file);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const n = Number(values.entities);
  const runs = Number(values.runs);
  const worker = readdirSync(join(DIST, 'portal-assets')).find((f) => /^verify\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error('dist/portal has no verify worker: run npm run build');
  const browser = await launchChromium();
  console.log(`Chromium ${browser.version()}, ${n.toLocaleString('en')} entities, median of ${runs}`);
  console.log('| suite | file | size | worker ms (runs) | median | result |');
  console.log('|---|---|---|---|---|---|');
  for (const suite of values.suites.split(',') as Suite[]) {
    const draw = makeDraw(n, suite);
    const files = new Map([
      ['/bench/view.json', draw.view],
      ['/bench/bundle.json', draw.bundle],
    ]);
    const { origin, close } = await serve(files);
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/view.json`);
    for (const [label, url, context] of [
      ['public view', '/bench/view.json', {}],
      ['full bundle', '/bench/bundle.json', { servedView: JSON.parse(draw.view) as unknown }],
    ] as const) {
      const times: number[] = [];
      const stages: Record<string, number>[] = [];
      let verdict = '';
      for (let k = 0; k < runs; k++) {
        // A fresh worker each run, as the page starts one per 核验: its start-up is in the time.
        const out = await page.evaluate(
          ({ script, url, context }) =>
            new Promise<{ ms: number; ok: boolean; failed: string[]; at: Record<string, number> }>(
              (resolve, reject) => {
                const t0 = performance.now();
                const at: Record<string, number> = {};
                const w = new Worker(script, { type: 'module' });
                w.onerror = (e) => reject(new Error(e.message));
                w.onmessage = (
                  e: MessageEvent<{
                    type: string;
                    stage?: string;
                    report?: { ok: boolean; checks: { id: string; passed: boolean | null }[] };
                  }>,
                ) => {
                  if (e.data.type === 'stage') return void (at[e.data.stage ?? ''] = performance.now() - t0);
                  w.terminate();
                  const report = e.data.report;
                  if (!report) return reject(new Error(JSON.stringify(e.data)));
                  const failed = report.checks.filter((c) => c.passed !== true).map((c) => c.id);
                  resolve({ ms: performance.now() - t0, ok: report.ok, failed, at });
                };
                w.postMessage({ source: { url }, context });
              },
            ),
          { script: `/portal-assets/${worker}`, url, context },
        );
        times.push(out.ms);
        stages.push({ ...out.at, start: 0, end: out.ms });
        verdict = out.ok ? 'all checks pass' : `FAILED ${out.failed.join(',')}`;
        if (!out.ok && label === 'full bundle') throw new Error(verdict);
      }
      const size = ((label === 'public view' ? draw.view : draw.bundle).length / 1e6).toFixed(2);
      const list = times.map((t) => t.toFixed(0)).join(', ');
      const mid = stages[times.indexOf(median(times))]!;
      const span = (from: string, to: string) => ((mid[to] ?? 0) - (mid[from] ?? 0)).toFixed(0);
      const steps =
        label === 'full bundle'
          ? ` (worker start + fetch ${span('start', 'parse')}, JSON + read ${span('parse', 'recompute')}, recompute ${span('recompute', 'compare')}, compare + view ${span('compare', 'end')})`
          : '';
      console.log(
        `| ${suite} | ${label} | ${size} MB | ${list} | **${median(times).toFixed(0)} ms**${steps} | ${verdict} |`,
      );
    }
    await page.close();
    close();
    console.log(`(${draw.selected} entities selected)`);
  }
  await browser.close();
}

await main();
