import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { shuangsui, tampered, vector } from '../../../../src/cli/draw.command.fixture.ts';
import { verifyDrawText } from './verify-file.ts';
import { ed25519Signer } from '../../../../src/domain/draw/signature.ts';
import type { VerifyReport } from './verify-file.ts';

type CliPublic = { ok: boolean; checks: { id: string; passed: boolean | null }[]; statementDigest: string };
type CliBundle = { ok: boolean; mismatches: { kind: string }[] };

const text = (file: string): string => readFileSync(file, 'utf8');
const cli = <T>(file: string): T => JSON.parse(shuangsui('verify', file, '--json').stdout) as T;
const outcomes = (r: VerifyReport) => r.checks.map((c) => [c.id, c.passed]);
const failing = (r: VerifyReport) => r.checks.filter((c) => c.passed === false).map((c) => c.id);

/** Which portal check a CLI mismatch kind fails. */
const CHECK_OF_KIND: Readonly<Record<string, string>> = {
  commitment: 'commitments',
  draw: 'recompute',
  digest: 'digests',
  stratum: 'strata',
  result: 'strata',
  team: 'teams',
  replacement: 'replacements',
};

void test('R-N.6 the portal verifier gives the CLI its public checks on the RDRAW-2 views, tampered or not', () => {
  const tamperedView = tampered<never>('v4-private-sha256.public.json', (v: { selected: string[] }) => {
    v.selected[0] = v.selected[0]!.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
  });
  for (const file of [
    vector('v4-private-sha256.public.json'),
    vector('v4-private-sm3.public.json'),
    tamperedView,
  ]) {
    const expected = cli<CliPublic>(file);
    const report = verifyDrawText(text(file));
    assert.equal(report.kind, 'public-view');
    assert.deepStrictEqual(
      outcomes(report),
      expected.checks.map((c) => [c.id, c.passed]),
      file,
    );
    assert.equal(report.ok, expected.ok, file);
    assert.equal(report.statementDigest, expected.statementDigest);
  }
  assert.deepStrictEqual(failing(verifyDrawText(text(tamperedView))), ['public-digest', 'teams']);
});

void test('R-N.6 shown signatures and the draw page: the statement signed, and a view of another draw named', () => {
  const file = vector('v4-private-sha256.public.json');
  const { statementDigest } = cli<CliPublic>(file);
  const drawId = 'RDRAW-TEST-V4-PRIVATE';
  const key = ed25519Signer(new Uint8Array(32).fill(5));
  const signed = [{ signer: '李四', role: '监督人', statementDigest, ...key.sign(statementDigest) }];
  const good = verifyDrawText(text(file), { drawId, signatures: signed });
  assert.equal(good.ok, true);
  assert.equal(good.checks.find((c) => c.id === 'signatures')?.passed, true);
  const forged = [{ ...signed[0]!, statementDigest: '00'.repeat(32), ...key.sign('00'.repeat(32)) }];
  const bad = verifyDrawText(text(file), { drawId, signatures: forged });
  assert.deepStrictEqual(failing(bad), ['signatures']);
  assert.match(bad.checks.find((c) => c.id === 'signatures')?.detail ?? '', /李四/);
  const other = verifyDrawText(text(file), { drawId: 'OTHER', signatures: signed });
  assert.deepStrictEqual(failing(other), ['same-draw']);
});

void test('R-N.6 full bundles: RDRAW-1 and RDRAW-2 recompute in the portal verifier exactly as the CLI says', () => {
  const tamperedBundle = tampered('v4-private-sm3.bundle.json', (b) => {
    const stratum = b.result.strata.find((s) => s.selected.length > 0)!;
    stratum.selected = [...stratum.selected].reverse();
    stratum.selected[0] = b.pool.find((p) => !stratum.selected.includes(p.id))!.id;
  });
  for (const name of ['v1-sha256', 'v1-sm3', 'v3-joint-sha256', 'v4-private-sha256', 'v4-private-sm3']) {
    const report = verifyDrawText(text(vector(`${name}.bundle.json`)));
    assert.equal(report.kind, 'bundle');
    assert.equal(report.ok, true, JSON.stringify(failing(report)));
    assert.equal(cli<CliBundle>(vector(`${name}.bundle.json`)).ok, true);
  }
  const expected = cli<CliBundle>(tamperedBundle);
  const report = verifyDrawText(text(tamperedBundle));
  assert.equal(report.ok, false);
  assert.deepStrictEqual(
    new Set(failing(report)),
    new Set(expected.mismatches.map((m) => CHECK_OF_KIND[m.kind])),
  );
});

void test('R-N.6 an RDRAW-2 bundle rebuilds the public view the portal serves, and names a served view that differs', () => {
  const served = JSON.parse(text(vector('v4-private-sha256.public.json'))) as { poolSize: number };
  const bundle = text(vector('v4-private-sha256.bundle.json'));
  const same = verifyDrawText(bundle, { servedView: served });
  assert.equal(same.checks.find((c) => c.id === 'view')?.passed, true);
  const differs = verifyDrawText(bundle, {
    servedView: { ...served, poolSize: served.poolSize + 1 },
  });
  assert.deepStrictEqual(failing(differs), ['view']);
  assert.match(differs.checks.find((c) => c.id === 'view')?.detail ?? '', /poolSize/);
});

void test('R-N.6 truncated JSON, another file and an unknown version fail the first check in Chinese, never throw', () => {
  const bundle = text(vector('v4-private-sha256.bundle.json'));
  const cases: [string, RegExp][] = [
    [bundle.slice(0, 2000), /截断/],
    ['name,id\n张三,1', /不是完整的 JSON/],
    ['[1, 2]', /无法识别的文件/],
    [JSON.stringify({ version: 'RDRAW-9' }), /无法识别的文件：version 为 "RDRAW-9"/],
    [JSON.stringify({ version: 'RDRAW-2' }), /完整数据包无效/],
    [JSON.stringify({ version: 'RDRAW-2/public' }), /不是 RDRAW-2 公开视图/],
  ];
  for (const [input, message] of cases) {
    const report = verifyDrawText(input);
    assert.equal(report.ok, false);
    assert.equal(report.checks[0]?.id, 'format');
    assert.equal(report.checks[0]?.passed, false);
    assert.match(report.checks[0]?.detail ?? '', message);
  }
});
