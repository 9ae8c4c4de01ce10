import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hashPool, sortConflicts } from './digests.ts';
import { ByteWriter, compareBytes, compareUtf8, fromHex, toHex, utf8 } from './encoding.ts';
import { nodeHasher } from './hash-node.ts';
import { canonicalJson } from './jcs.ts';
import { poolOrder } from './pool-order.ts';
import { poolTableFromRecords } from './pool-table.ts';

const sign = (n: number): number => Math.sign(n);

void test('ids sort by UTF-8 bytes, not UTF-16 code units: U+1F600 sorts after U+FFFD', () => {
  const emoji = '\u{1F600}';
  const replacement = '\uFFFD';
  assert.ok(emoji < replacement, 'JavaScript puts the surrogate pair first');
  assert.ok(compareUtf8(emoji, replacement) > 0);
  assert.ok(compareBytes(utf8(emoji), utf8(replacement)) > 0);
  assert.ok(compareUtf8('AB', 'ABC') < 0, 'a prefix sorts first');
  assert.deepStrictEqual(['NP-1', '91X', '\uE000', '\u{10000}', 'Z'].sort(compareUtf8), [
    '91X',
    'NP-1',
    'Z',
    '\uE000',
    '\u{10000}',
  ]);
});

void test('compareUtf8 agrees with the byte order of the UTF-8 encoding on any strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
      assert.equal(sign(compareUtf8(a, b)), sign(compareBytes(utf8(a), utf8(b))));
    }),
    { numRuns: 2000 },
  );
});

void test('the pool digest hashes records in byte order whatever their given order, ids above U+FFFF included', () => {
  const records = [
    { id: '\uFFFD-B', stratum: 'r/g', exclusion: 0 },
    { id: '\u{1F600}-A', stratum: 'r/g', exclusion: 1 },
    { id: 'ASCII', stratum: 'r/\u{20000}', exclusion: 0 },
  ];
  const h = nodeHasher('RDRAW-1-SHA256');
  const expected = new ByteWriter().lp('RDRAW-1/pool');
  for (const r of [records[2], records[0], records[1]])
    expected
      .lp(r?.id ?? '')
      .lp(r?.stratum ?? '')
      .u8(r?.exclusion ?? 0);
  const want = toHex(h.hash(expected.finish()));
  for (const order of [records, [...records].reverse()]) {
    const table = poolTableFromRecords(order);
    assert.equal(toHex(hashPool(h, table, poolOrder(table).order).digest), want);
  }
  const sorted = sortConflicts([
    { entity: '\u{1F600}', inspector: 'b' },
    { entity: '\uFFFD', inspector: 'a' },
  ]);
  assert.deepStrictEqual(
    sorted.map((c) => c.entity),
    ['\uFFFD', '\u{1F600}'],
  );
});

void test('JCS sorts member names by UTF-16 code units (RFC 8785 §3.2.3), unlike the id order', () => {
  const value = {
    '\u20ac': 'Euro Sign',
    '\r': 'Carriage Return',
    '\ufb33': 'Hebrew Letter Dalet With Dagesh',
    '1': 'One',
    '\u{1F600}': 'Emoji: Grinning Face',
    '\u0080': 'Control',
    '\u00f6': 'Latin Small Letter O With Diaeresis',
  };
  const names = Object.keys(JSON.parse(canonicalJson(value)) as object);
  assert.deepStrictEqual(
    canonicalJson(value),
    '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\u{1F600}":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  );
  assert.equal(names.length, 7);
  assert.ok(compareUtf8('\u{1F600}', '\ufb33') > 0, 'in byte order the emoji would come last');
});

void test('JCS keeps array order, writes integers plainly and escapes like ES JSON', () => {
  assert.equal(
    canonicalJson({ b: [3, 1, 2], a: { d: null, c: true } }),
    '{"a":{"c":true,"d":null},"b":[3,1,2]}',
  );
  assert.equal(
    canonicalJson(['\u0007\n"\\/', -9007199254740991]),
    '["\\u0007\\n\\"\\\\/",-9007199254740991]',
  );
  assert.throws(() => canonicalJson(1.5), RangeError);
});

void test('integers are big-endian, lp prefixes the UTF-8 byte length, hex is lowercase only', () => {
  const bytes = new ByteWriter()
    .u8(0x45)
    .u32(0x01020304)
    .u64(2 ** 53 - 1)
    .lp('é')
    .finish();
  assert.equal(toHex(bytes), '45' + '01020304' + '001fffffffffffff' + '00000002' + 'c3a9');
  assert.deepStrictEqual(fromHex('00ff'), new Uint8Array([0, 255]));
  assert.equal(fromHex('00FF'), undefined);
  assert.equal(fromHex('abc'), undefined);
});
