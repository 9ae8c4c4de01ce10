#!/usr/bin/env node
// Runs every *.test.ts with node:test; starts a throwaway PostgreSQL 15 cluster for the database tests.
// Usage: node scripts/run-tests.mjs [path-filter ...]
import { spawnSync, spawn } from 'node:child_process';
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
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] },
);
let out = '';
child.stdout.on('data', (b) => {
  process.stdout.write(b);
  out += b.toString();
  if (out.length > 20000) out = out.slice(-20000);
});
const code = await new Promise((resolve) => child.on('close', resolve));
pg.stop();
const ran = /ℹ tests (\d+)/.exec(out);
if (!ran || Number(ran[1]) === 0) {
  console.error('the test runner executed no test');
  process.exit(1);
}
process.exit(code ?? 1);
