import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseStrictJson } from './strict-json.ts';

function rejects(text: string, reason: RegExp): void {
  const parsed = parseStrictJson(text);
  assert.equal(parsed.ok, false, `${text} must be refused`);
  if (!parsed.ok) assert.match(parsed.error.message, reason);
}

void test('the strict reader refuses floats, even integral ones: 2.0, 1e0, 1E5, 0.5, -0', () => {
  for (const text of ['2.0', '1e0', '1E5', '{"k": 0.5}', '[1, 2e-3]']) rejects(text, /only integers/);
  rejects('-0', /negative zero/);
});

void test('the strict reader refuses integers outside ±(2^53−1)', () => {
  assert.deepStrictEqual(parseStrictJson('[9007199254740991, -9007199254740991]'), {
    ok: true,
    value: [9007199254740991, -9007199254740991],
  });
  rejects('9007199254740992', /outside/);
  rejects('-9007199254740992', /outside/);
});

void test('the strict reader refuses duplicate member names, also when spelled with escapes', () => {
  rejects('{"a": 1, "a": 2}', /duplicate member name "a"/);
  rejects('{"a": 1, "\\u0061": 2}', /duplicate member name "a"/);
  rejects('{"x": {"id": "1", "id": "1"}}', /duplicate member name "id"/);
});

void test('the strict reader refuses lone surrogates, escaped or raw, and accepts pairs', () => {
  rejects('"\\ud800"', /lone surrogate/);
  rejects('"a\\udc00b"', /lone surrogate/);
  rejects('{"\\ud83d": 1}', /lone surrogate/);
  rejects('"\uD800"', /lone surrogate/);
  assert.deepStrictEqual(parseStrictJson('"\\ud83d\\ude00 \u{1F600}"'), {
    ok: true,
    value: '\u{1F600} \u{1F600}',
  });
});

void test('the strict reader refuses what JSON itself refuses', () => {
  for (const text of [
    'NaN',
    'Infinity',
    '-Infinity',
    '01',
    '[1,]',
    '{"a":1,}',
    "'a'",
    '"\t"',
    '\uFEFF{}',
    '{} {}',
    '',
    '"\\x41"',
  ]) {
    assert.equal(parseStrictJson(text).ok, false, JSON.stringify(text));
  }
});

void test('the strict reader keeps a member named __proto__ as data', () => {
  const parsed = parseStrictJson('{"__proto__": {"polluted": true}, "a": [true, false, null]}');
  assert.ok(parsed.ok);
  const value = parsed.value as Record<string, unknown>;
  assert.deepStrictEqual(Object.keys(value), ['__proto__', 'a']);
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

void test('the strict reader agrees with JSON.parse on every integer-only JSON value', () => {
  const integers = fc.maxSafeInteger().filter((n) => !Object.is(n, -0));
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null),
      fc.boolean(),
      integers,
      fc.string({ unit: 'binary' }),
      fc.array(tie('value')),
      fc.dictionary(fc.string({ unit: 'binary' }), tie('value')),
    ),
  })).value;
  fc.assert(
    fc.property(json, (value) => {
      const text = JSON.stringify(value, null, 1);
      assert.deepStrictEqual(parseStrictJson(text), { ok: true, value: JSON.parse(text) as unknown });
    }),
    { numRuns: 300 },
  );
});
