import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeDraw } from './compute.ts';
import { asJson, at, bundleJson, inputJson, vectorText } from './draw.fixture.ts';
import type { InputJson } from './draw.fixture.ts';
import { nodeHasher } from './hash-node.ts';
import { parseDrawInput, readDrawInput } from './read-input.ts';

/** Computes a (possibly tampered) input; returns the error, failing when the draw succeeds. */
function refusal(json: InputJson) {
  const read = readDrawInput(asJson(json));
  if (!read.ok) return read.error;
  const computed = computeDraw(read.input, nodeHasher(read.input.plan.suite));
  assert.ok(!computed.ok, 'the draw must be refused');
  assert.equal('draw' in computed, false, 'a refused draw has no result');
  return computed.error;
}

const v1 = (): InputJson => inputJson('v1-sha256');

function invalid(change: (input: InputJson) => unknown, ids?: readonly string[]): void {
  const input = v1();
  change(input);
  const error = refusal(input);
  assert.equal(error.name, 'invalid-input', error.message);
  assert.match(error.message, /输入无效/);
  if (ids)
    assert.ok(
      JSON.stringify(error.detail).includes(JSON.stringify(ids).slice(1, -1)),
      JSON.stringify(error.detail),
    );
}

void describe('invalid-input', () => {
  void test('duplicate ids in the pool, the inspectors, the witnesses; a duplicate conflict pair', () => {
    invalid((i) => (at(i.pool, 1).id = at(i.pool, 0).id), ['91150802988139597K']);
    invalid((i) => (at(i.inspectors, 1).id = at(i.inspectors, 0).id), ['15080219001']);
    invalid((i) => i.plan.witnesses.push('system'), ['system']);
    invalid((i) => i.conflicts.push({ ...at(i.conflicts, 0) }));
  });

  void test('exclusion codes outside their range', () => {
    invalid((i) => (at(i.pool, 3).exclusion = 6), [at(v1().pool, 3).id]);
    invalid((i) => (at(i.pool, 3).exclusion = -1));
    invalid((i) => (at(i.inspectors, 2).exclusion = 4), ['15080221003']);
  });

  void test('strata without exactly one "/" or with an empty region or group', () => {
    for (const stratum of ['150802A', '150802/A/x', '/A', '150802/'])
      invalid((i) => (at(i.pool, 0).stratum = stratum), [stratum]);
  });

  void test('ids of 0 or more than 255 bytes', () => {
    invalid((i) => (at(i.pool, 0).id = '码'.repeat(86)));
    invalid((i) => (at(i.pool, 0).id = ''));
    invalid((i) => (at(i.conflicts, 0).inspector = ''));
  });

  void test('teams: a pool named twice, a size below 1, sizes adding up to less than 2 (R-19.3)', () => {
    invalid((i) => i.plan.teams.push({ pool: 'SCJG', size: 1 }), ['SCJG']);
    invalid((i) => (at(i.plan.teams, 0).size = 0));
    invalid((i) => (at(i.plan.teams, 0).size = 1));
  });

  void test('quota numbers: num < 0, den < 1, k < 0; an unknown rule', () => {
    invalid((i) => (at(Object.values(i.plan.quota.rates), 0).num = -1));
    invalid((i) => (at(Object.values(i.plan.quota.rates), 0).den = 0));
    invalid((i) => Object.assign(i.plan, { quota: { rule: 'total', k: -1 } }));
    invalid((i) => Object.assign(i.plan, { quota: { rule: 'random', k: 1 } }));
  });

  void test('plan members: empty drawId or itemIds, no witness, a date that does not exist, missing or mistyped', () => {
    invalid((i) => (i.plan.drawId = ''));
    invalid((i) => (i.plan.itemIds = []));
    invalid((i) => (i.plan.witnesses = []));
    invalid((i) => (i.plan.drawDate = '2025-02-29'));
    invalid((i) => (i.plan.drawDate = '2025-3-14'));
    invalid((i) => Reflect.deleteProperty(i.plan, 'maxLoad'));
    invalid((i) => Object.assign(i.plan, { maxLoad: '3' }));
    invalid((i) => (i.plan.suite = 'RDRAW-1-MD5'));
  });

  void test('an extra member in a pool, inspector, conflict or reveal record (it would travel unhashed)', () => {
    invalid((i) => Object.assign(at(i.pool, 0), { name: 'x' }), ['name']);
    invalid((i) => Object.assign(at(i.inspectors, 0), { name: 'x' }), ['name']);
    invalid((i) => Object.assign(at(i.conflicts, 0), { reason: 'x' }), ['reason']);
    invalid((i) => Object.assign(at(i.reveals, 0), { time: 'x' }), ['time']);
  });

  void test('reveals that are not exactly one per witness, or nonces that are short or not lowercase hex', () => {
    invalid((i) => i.reveals.pop(), ['W-20250314-02']);
    invalid((i) => i.reveals.push({ witness: 'stranger', nonce: '00'.repeat(16) }), ['stranger']);
    invalid((i) => i.reveals.push({ ...at(i.reveals, 0) }), ['system']);
    invalid((i) => (at(i.reveals, 1).nonce = '00'.repeat(15)), ['W-20250314-01']);
    invalid((i) => (at(i.reveals, 1).nonce = at(i.reveals, 1).nonce.toUpperCase()), ['W-20250314-01']);
  });

  void test('a float or a duplicate member in the JSON text', () => {
    const text = vectorText('v1-sha256', 'input');
    const floated = parseDrawInput(text.replace('"maxLoad": 3', '"maxLoad": 3.0'));
    assert.ok(!floated.ok && floated.error.name === 'invalid-input');
    const twice = parseDrawInput(text.replace('"maxLoad": 3', '"maxLoad": 3, "maxLoad": 4'));
    assert.ok(!twice.ok && twice.error.name === 'invalid-input');
  });

  void test('extra plan members are allowed and hashed', () => {
    const input = v1();
    Object.assign(input.plan, { note: '抽查说明' });
    const read = readDrawInput(asJson(input));
    assert.ok(read.ok);
    const computed = computeDraw(read.input, nodeHasher('RDRAW-1-SHA256'));
    assert.ok(computed.ok);
    assert.notEqual(computed.draw.digests.plan, bundleJson('v1-sha256').digests.plan);
  });
});

void test('rate-missing names the groups and strata without a rate, eligible or not', () => {
  const input = v1();
  Reflect.deleteProperty(input.plan.quota.rates, 'D');
  const error = refusal(input);
  assert.equal(error.name, 'rate-missing');
  assert.deepStrictEqual(error.detail, { groups: ['D'], strata: ['150821/D'] });
});

void test('R-15.2 too-few-inspectors: a team pool with fewer than 4 eligible inspectors', () => {
  const input = v1();
  for (const k of [0, 1, 3]) at(input.inspectors, k).exclusion = 1;
  const error = refusal(input);
  assert.equal(error.name, 'too-few-inspectors');
  assert.deepStrictEqual(error.detail, { pool: 'SCJG', eligible: 3, minimum: 4 });
});

void test('pre-checks name the first failing pool in plan order (joint inspection)', () => {
  const input = inputJson('v3-joint-sha256');
  const exclude = (pool: string): void =>
    input.inspectors.filter((i) => i.pool === pool).forEach((i) => (i.exclusion = 1));
  exclude('XF');
  assert.equal(refusal(input).detail.pool, 'XF');
  exclude('ZA');
  assert.equal(refusal(input).detail.pool, 'ZA');
});

void test('capacity-too-low: eligible × maxLoad below team size × Σ quotas', () => {
  const input = v1();
  input.plan.maxLoad = 2;
  const error = refusal(input);
  assert.equal(error.name, 'capacity-too-low');
  assert.deepStrictEqual(error.detail, { pool: 'SCJG', eligible: 6, maxLoad: 2, size: 2, selected: '7' });
});

void test('pre-checks run in order: rate-missing before too-few-inspectors', () => {
  const input = v1();
  Reflect.deleteProperty(input.plan.quota.rates, 'A');
  input.inspectors.forEach((i) => (i.exclusion = 1));
  assert.equal(refusal(input).name, 'rate-missing');
});

void test('understaffed names the entity and the pool when conflicts leave too few inspectors', () => {
  const input = v1();
  const barred = input.inspectors.filter((i) => i.exclusion === 0).slice(1);
  input.conflicts = input.pool.flatMap((e) => barred.map((i) => ({ entity: e.id, inspector: i.id })));
  const error = refusal(input);
  assert.equal(error.name, 'understaffed');
  assert.equal(error.detail.pool, 'SCJG');
  assert.ok(input.pool.some((e) => e.id === error.detail.entity));
  assert.deepStrictEqual(error.detail.taken, ['15080219001']);
});

void test('reveal-mismatch names the witness whose nonce does not match its commitment', () => {
  const input = v1();
  input.commitments = bundleJson('v1-sha256').commitments;
  const good = readDrawInput(asJson(input));
  assert.ok(good.ok && computeDraw(good.input, nodeHasher('RDRAW-1-SHA256')).ok, 'matching reveals draw');
  const last = at(input.reveals, 2);
  last.nonce = last.nonce.replace(/^../, 'ff');
  const error = refusal(input);
  assert.equal(error.name, 'reveal-mismatch');
  assert.deepStrictEqual(error.detail, { witnesses: ['W-20250314-02'] });
});
