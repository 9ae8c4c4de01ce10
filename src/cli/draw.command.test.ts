import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { at } from '../domain/draw/draw.fixture.ts';
import { scratch, shuangsui, tampered, vector } from './draw.command.fixture.ts';

void test('R-N.6 draw compute writes the bundle of a vector input, byte for byte, and exits 0', () => {
  const run = shuangsui('draw', 'compute', vector('v3-joint-sha256.input.json'), '--json');
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, readFileSync(vector('v3-joint-sha256.bundle.json'), 'utf8'));
  assert.equal(run.stderr, '');
});

void test('draw compute on worker threads gives the same bundle', () => {
  const run = shuangsui('draw', 'compute', vector('v1-sm3.input.json'), '--threads', '2');
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, readFileSync(vector('v1-sm3.bundle.json'), 'utf8'));
  assert.match(run.stderr, /抽取完成/);
});

void test('draw compute exits 2 on invalid input, with { error: "invalid-input", detail }', () => {
  const file = tampered('v1-sha256.input.json', (j) => (at(j.pool, 1).id = at(j.pool, 0).id));
  const run = shuangsui('draw', 'compute', file, '--json');
  assert.equal(run.code, 2);
  const out = JSON.parse(run.stdout) as { error: string; detail: { problems: { ids: string[] }[] } };
  assert.equal(out.error, 'invalid-input');
  assert.deepStrictEqual(out.detail.problems[0]?.ids, ['91150802988139597K']);
  assert.equal(shuangsui('draw', 'compute', join(scratch, 'missing.json')).code, 2);
  assert.equal(shuangsui('draw', 'compute').code, 2);
  assert.equal(shuangsui('draw', 'sample', vector('v1-sha256.input.json')).code, 2);
});

void test('R-15.2 draw compute exits 3 on a refused draw, naming the error from the spec', () => {
  const file = tampered('v1-sha256.input.json', (j) =>
    j.inspectors.slice(0, 4).forEach((i) => (i.exclusion = 1)),
  );
  const run = shuangsui('draw', 'compute', file);
  assert.equal(run.code, 3);
  assert.deepStrictEqual(JSON.parse(run.stdout), {
    error: 'too-few-inspectors',
    detail: { pool: 'SCJG', eligible: 3, minimum: 4 },
  });
  assert.match(run.stderr, /少于 4 名/);
});
