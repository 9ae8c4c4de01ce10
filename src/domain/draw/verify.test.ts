import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asJson, at, bundleJson } from './draw.fixture.ts';
import type { BundleJson } from './draw.fixture.ts';
import { nodeHasher } from './hash-node.ts';
import { readBundle } from './read-bundle.ts';
import { verifyBundle } from './verify.ts';
import type { Mismatch } from './verify.ts';

type Bundle = BundleJson;

const v1 = (): Bundle => bundleJson('v1-sha256');

function verify(bundle: Bundle) {
  const read = readBundle(asJson(bundle));
  if (!read.ok) return read;
  return verifyBundle(nodeHasher(read.input.plan.suite), read.input, read.claims);
}

function mismatches(tamper: (b: Bundle) => void): readonly Mismatch[] {
  const bundle = v1();
  tamper(bundle);
  const verdict = verify(bundle);
  assert.ok(verdict.ok, 'the bundle is still well-formed');
  assert.ok(verdict.mismatches.length > 0, 'the tampering is reported');
  return verdict.mismatches;
}

const kinds = (list: readonly Mismatch[]): string[] => [...new Set(list.map((m) => `${m.kind}:${m.key}`))];

void test('R-N.6 an untouched bundle verifies', () => {
  assert.deepStrictEqual(verify(v1()), { ok: true, mismatches: [] });
});

void test('R-N.6 a changed digest is reported, each one by name', () => {
  for (const name of ['plan', 'pool', 'inspectors', 'seed', 'result']) {
    const found = mismatches(
      (b) => (b.digests[name] = (b.digests[name] ?? '').replace(/^./, (c) => (c === '0' ? '1' : '0'))),
    );
    assert.deepStrictEqual(kinds(found), [`digest:${name}`]);
  }
});

void test('R-19.1 a changed selected id is reported for its stratum and the teams', () => {
  const found = mismatches((b) => (at(b.result.strata, 0).selected[0] = '91150802988139597K'));
  assert.deepStrictEqual(kinds(found), ['stratum:150802/A']);
  assert.deepStrictEqual(found[0]?.fields, ['selected']);
  const teamFound = mismatches((b) => (at(b.result.teams, 0).entity = '911508216868505862'));
  assert.deepStrictEqual(kinds(teamFound), ['team:931508216309918576']);
});

void test('R-19.2 a changed or reordered replacement list is reported', () => {
  assert.deepStrictEqual(kinds(mismatches((b) => at(b.result.strata, 1).reserve.reverse())), [
    'stratum:150802/C',
  ]);
  assert.deepStrictEqual(
    kinds(mismatches((b) => (at(at(b.result.teams, 2).pools, 0).reserve = ['15080220002']))),
    ['team:NP-150821-000173'],
  );
});

void test('R-N.4 a reordered team or reordered teams are reported', () => {
  assert.deepStrictEqual(kinds(mismatches((b) => at(at(b.result.teams, 0).pools, 0).inspectors.reverse())), [
    'team:931508216309918576',
  ]);
  const swapped = mismatches((b) =>
    b.result.teams.splice(0, 2, at(b.result.teams, 1), at(b.result.teams, 0)),
  );
  assert.deepStrictEqual(kinds(swapped), ['team:931508216309918576', 'team:91150802MA7QT7MT88']);
});

void test('R-N.6 a changed nonce is reported against its commitment, and the seed and result follow', () => {
  const found = mismatches((b) => (at(b.reveals, 0).nonce = at(b.reveals, 0).nonce.replace(/^../, '00')));
  assert.deepStrictEqual(kinds(found).slice(0, 3), [
    'commitment:W-20250314-01',
    'digest:seed',
    'digest:result',
  ]);
  assert.ok(found.some((m) => m.kind === 'stratum'));
});

void test('R-N.6 a changed commitment is reported', () => {
  const found = mismatches((b) => (at(b.commitments, 2).commit = '00'.repeat(32)));
  assert.deepStrictEqual(kinds(found), ['commitment:system']);
});

void test('R-N.6 a pool record’s changed exclusion is reported, through the pool digest and the result', () => {
  const found = mismatches((b) => (at(b.pool, 10).exclusion = 0) /* 91150802MABE9K6H03, deregistered */);
  assert.deepStrictEqual(kinds(found).slice(0, 3), ['digest:pool', 'digest:seed', 'digest:result']);
  assert.ok(
    found.some((m) => m.kind === 'stratum' && m.key === '150802/A' && m.fields?.includes('eligible')),
  );
});

void test('R-N.6 a dropped conflict or a changed inspector is reported', () => {
  assert.ok(kinds(mismatches((b) => b.conflicts.pop())).includes('digest:inspectors'));
  assert.ok(kinds(mismatches((b) => (at(b.inspectors, 2).exclusion = 0))).includes('digest:inspectors'));
});

void test('values are compared with their types: "9" is not 9', () => {
  const found = mismatches((b) => Object.assign(at(b.result.strata, 0), { eligible: '9' }));
  assert.deepStrictEqual(kinds(found), ['stratum:150802/A']);
  assert.deepStrictEqual(found[0]?.fields, ['eligible']);
  assert.deepStrictEqual(kinds(mismatches((b) => Object.assign(b.result, { note: 'x' }))), ['result:result']);
});

void test('a refused recomputation is reported as a mismatch, an invalid bundle as invalid-input', () => {
  const refused = mismatches((b) => (b.plan.maxLoad = 1));
  assert.ok(refused.some((m) => m.kind === 'draw' && m.key === 'capacity-too-low'));
  const duplicate = v1();
  at(duplicate.pool, 1).id = at(duplicate.pool, 0).id;
  const verdict = verify(duplicate);
  assert.ok(!verdict.ok && verdict.error.name === 'invalid-input');
  const stranger = v1();
  stranger.commitments.push({ witness: 'W-stranger', commit: '00'.repeat(32) });
  const unlisted = verify(stranger);
  assert.ok(!unlisted.ok && unlisted.error.name === 'invalid-input');
  const missing = v1();
  Reflect.deleteProperty(missing, 'digests');
  const unread = verify(missing);
  assert.ok(!unread.ok && unread.error.name === 'invalid-input');
});

void test('R-21.2 replacements are verified: the first unused reserve entry, in the order they happened', () => {
  const good = v1();
  good.replacements = [
    {
      kind: 'entity',
      stratum: '150802/A',
      out: '911508025187920145',
      in: '91150802988139597K',
      reason: '已注销',
    },
    { kind: 'entity', stratum: '150802/A', out: '91150802988139597K', in: '911508029280821972' },
    { kind: 'inspector', entity: '911508029280821972', pool: 'SCJG', out: '15080223005', in: '15080219001' },
  ];
  assert.deepStrictEqual(verify(good), { ok: true, mismatches: [] });
  const skipped = mismatches(
    (b) =>
      (b.replacements = [
        { kind: 'entity', stratum: '150802/A', out: '911508025187920145', in: '911508029280821972' },
      ]),
  );
  assert.deepStrictEqual(kinds(skipped), ['replacement:replacements[0]']);
  const notSelected = mismatches(
    (b) =>
      (b.replacements = [
        { kind: 'entity', stratum: '150802/A', out: '91150802988139597K', in: '91150802988139597K' },
      ]),
  );
  assert.deepStrictEqual(kinds(notSelected), ['replacement:replacements[0]']);
});
