import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at } from '../domain/draw/draw.fixture.ts';
import { shuangsui, tampered, vector } from './draw.command.fixture.ts';

void test('R-N.6 verify exits 0 on vector bundles (the domain tests verify them all)', () => {
  for (const name of ['v1-sm3', 'v2-total-sha256']) {
    const run = shuangsui('verify', vector(`${name}.bundle.json`));
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /全部一致/);
  }
});

void test('R-N.6 verify exits 1 and prints each mismatch: digest, stratum, team', () => {
  const file = tampered('v1-sha256.bundle.json', (b) => {
    b.digests.pool = '00'.repeat(32);
    at(b.result.strata, 2).selected = ['911508216868505862'];
    at(at(b.result.teams, 1).pools, 0).inspectors.reverse();
  });
  const human = shuangsui('verify', file);
  assert.equal(human.code, 1);
  assert.match(human.stdout, /摘要 digest pool/);
  assert.match(human.stdout, /分层 stratum 150821\/B \(selected\)/);
  assert.match(human.stdout, /检查组 team 91150802MA7QT7MT88 \(pools\)/);
  const machine = shuangsui('verify', file, '--json', '--threads', '2');
  assert.equal(machine.code, 1);
  const out = JSON.parse(machine.stdout) as { ok: boolean; mismatches: { kind: string; key: string }[] };
  assert.equal(out.ok, false);
  assert.deepStrictEqual(
    out.mismatches.map((m) => `${m.kind}:${m.key}`),
    ['digest:pool', 'stratum:150821/B', 'team:91150802MA7QT7MT88'],
  );
});

void test('verify exits 2 on an invalid bundle', () => {
  const file = tampered('v2-total-sha256.bundle.json', (b) => (at(b.reveals, 0).nonce = 'not hex'));
  const run = shuangsui('verify', file, '--json');
  assert.equal(run.code, 2);
  assert.equal((JSON.parse(run.stdout) as { error: string }).error, 'invalid-input');
  assert.equal(shuangsui('verify', vector('v1-sha256.input.json')).code, 2, 'an input file is not a bundle');
  assert.equal(shuangsui('verify').code, 2);
});
