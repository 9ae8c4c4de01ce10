import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scratch, shuangsui, vector } from './draw.command.fixture.ts';
import { ed25519Signer } from '../domain/draw/signature.ts';

function changed(name: string, change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(readFileSync(vector(name), 'utf8')) as Record<string, unknown>;
  change(json);
  const file = join(scratch, `changed-${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(file, JSON.stringify(json));
  return file;
}

void test('R-26.1 draw compute reproduces the RDRAW-2 vectors; draw public prints their public views exactly', () => {
  for (const name of ['v4-private-sha256', 'v4-private-sm3']) {
    const compute = shuangsui('draw', 'compute', vector(`${name}.input.json`), '--json');
    assert.equal(compute.code, 0, compute.stderr);
    assert.equal(compute.stdout, readFileSync(vector(`${name}.bundle.json`), 'utf8'));
    const view = shuangsui('draw', 'public', vector(`${name}.bundle.json`));
    assert.equal(view.code, 0, view.stderr);
    assert.equal(view.stdout, readFileSync(vector(`${name}.public.json`), 'utf8'));
  }
});

void test('R-26.1 draw public refuses a bundle that does not verify, and an RDRAW-1 bundle', () => {
  const bad = changed('v4-private-sha256.bundle.json', (b) => {
    (b.salts as { salt: string }[])[0]!.salt = '00'.repeat(32);
  });
  const run = shuangsui('draw', 'public', bad, '--json');
  assert.equal(run.code, 1);
  assert.equal((JSON.parse(run.stdout) as { error: string }).error, 'bundle-mismatch');
  assert.equal(shuangsui('draw', 'public', vector('v1-sha256.bundle.json')).code, 2);
});

void test('R-26.1 verify runs public verification on a view, lists what needs the full bundle, exit 0', () => {
  const run = shuangsui('verify', vector('v4-private-sm3.public.json'));
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /✓ 随机种子可由事先公布的数据和全部随机数重算/);
  assert.match(run.stdout, /公开视图不能核验/);
  const json = shuangsui('verify', vector('v4-private-sha256.public.json'), '--json');
  const out = JSON.parse(json.stdout) as {
    ok: boolean;
    kind: string;
    checks: { id: string; passed: boolean | null }[];
  };
  assert.equal(out.kind, 'public-view');
  assert.equal(out.ok, true);
  assert.equal(out.checks.find((c) => c.id === 'signatures')?.passed, null);
});

void test('R-26.1 verify names the failing check of a tampered view (exit 1) and checks shown signatures', () => {
  const file = changed('v4-private-sha256.public.json', (v) => {
    (v.reveals as { nonce: string }[])[1]!.nonce = 'ab'.repeat(20);
  });
  const run = shuangsui('verify', file, '--json');
  assert.equal(run.code, 1);
  const out = JSON.parse(run.stdout) as { checks: { id: string; passed: boolean | null }[] };
  assert.deepStrictEqual(
    out.checks.filter((c) => c.passed === false).map((c) => c.id),
    ['commitments', 'seed'],
  );
  const good = JSON.parse(shuangsui('verify', vector('v4-private-sha256.public.json'), '--json').stdout) as {
    statementDigest: string;
  };
  const sigs = join(scratch, 'sigs.json');
  const key = ed25519Signer(new Uint8Array(32).fill(3));
  const signed = { signer: '李四', role: '监督人', statementDigest: good.statementDigest };
  writeFileSync(sigs, JSON.stringify([{ ...signed, ...key.sign(good.statementDigest) }]));
  assert.equal(shuangsui('verify', vector('v4-private-sha256.public.json'), '--signatures', sigs).code, 0);
  writeFileSync(
    sigs,
    JSON.stringify([{ ...signed, statementDigest: '00'.repeat(32), ...key.sign('00'.repeat(32)) }]),
  );
  const wrong = shuangsui('verify', vector('v4-private-sha256.public.json'), '--signatures', sigs);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stdout, /✗ 每位签名人用本人公钥/);
  // issue 10.4: a statement digest claimed without the signer's own signature is not a signature.
  writeFileSync(sigs, JSON.stringify([signed]));
  const unsigned = shuangsui('verify', vector('v4-private-sha256.public.json'), '--signatures', sigs);
  assert.equal(unsigned.code, 1);
  assert.match(unsigned.stdout, /没有签名人本人的公钥和签名/);
});

void test('R-26.1 verify says which check failed on a truncated or unknown file, in Chinese, exit 2', () => {
  const text = readFileSync(vector('v4-private-sha256.public.json'), 'utf8');
  const truncated = join(scratch, 'truncated.json');
  writeFileSync(truncated, text.slice(0, 500));
  const run = shuangsui('verify', truncated);
  assert.equal(run.code, 2);
  const unknown = changed('v4-private-sha256.public.json', (v) => (v.version = 'RDRAW-3/public'));
  const other = shuangsui('verify', unknown);
  assert.equal(other.code, 2);
  assert.match(other.stdout + other.stderr, /[\u4e00-\u9fff]/);
  assert.equal(shuangsui('verify', '--help').code, 0);
  assert.equal(shuangsui('draw', 'compute', '--help').code, 0);
});
