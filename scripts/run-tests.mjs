#!/usr/bin/env node
// Runs every *.test.ts with node:test; starts a throwaway PostgreSQL 15 cluster for the database tests.
// Usage: node scripts/run-tests.mjs [path-filter ...]
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startPostgres } from './postgres-cluster.mjs';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out;
}

const files = ['src', 'test', 'web', 'bench']
  .flatMap((d) => find(join(root, d)))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

const pg = await startPostgres();
const env = { ...process.env, ...pg.env };
// Browser tests run one file at a time after the rest: each drives Chromium and a server.
const browser = files.filter((f) => f.startsWith('test/e2e/'));
const other = files.filter((f) => !f.startsWith('test/e2e/'));
let failed = false;
const totals = { pass: 0, fail: 0 };
for (const [batch, concurrency] of [
  [other, 2],
  [browser, 1],
]) {
  if (batch.length === 0) continue;
  const { code, ran, pass, fail } = await run(batch, concurrency);
  totals.pass += pass;
  totals.fail += fail;
  if (code !== 0) failed = true;
  if (ran === 0) {
    console.error('the test runner executed no test');
    failed = true;
  }
}
pg.stop();
console.log(`\ntotal: ${totals.pass} passed, ${totals.fail} failed`);
process.exit(failed ? 1 : 0);

async function run(batch, concurrency) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...batch],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // The summary lines are read as they pass, so that no amount of output before them loses them.
  const summary = {};
  let partial = '';
  child.stdout.on('data', (b) => {
    process.stdout.write(b);
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^ℹ (tests|pass|fail) (\d+)\s*$/.exec(line);
      if (m) summary[m[1]] = Number(m[2]);
    }
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  const count = (label) => summary[label] ?? 0;
  return { code: code ?? 1, ran: count('tests'), pass: count('pass'), fail: count('fail') };
}
