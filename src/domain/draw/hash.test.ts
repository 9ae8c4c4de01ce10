import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { fromBinaryString, toHex, utf8 } from './encoding.ts';
import { browserHasher, hmacSm3 } from './hash-browser.ts';
import { nodeHasher } from './hash-node.ts';
import { SUITES } from './types.ts';

void test('known answers: SHA-256("abc") and SM3("abc") (GB/T 32905 example 1) in both hashers', () => {
  const abc = utf8('abc');
  for (const make of [nodeHasher, browserHasher]) {
    assert.equal(
      toHex(make('RDRAW-1-SHA256').hash(abc)),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    assert.equal(
      toHex(make('RDRAW-1-SM3').hash(abc)),
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  }
});

void test('the Node and the pure-JavaScript (browser) hashers agree: hash, binary, stream and HMAC', () => {
  const bytes = fc.uint8Array({ maxLength: 300 });
  for (const suite of SUITES) {
    const node = nodeHasher(suite);
    const browser = browserHasher(suite);
    fc.assert(
      fc.property(bytes, bytes, fc.array(bytes, { maxLength: 4 }), (key, message, chunks) => {
        assert.equal(toHex(node.hash(message)), toHex(browser.hash(message)));
        assert.equal(node.hashBinary(message), browser.hashBinary(message));
        assert.deepStrictEqual(fromBinaryString(node.hashBinary(message)), node.hash(message));
        assert.equal(toHex(node.hmac(key, message)), toHex(browser.hmac(key, message)));
        const [a, b] = [node.stream(), browser.stream()];
        for (const c of chunks) [a, b].forEach((s) => s.update(c));
        assert.equal(toHex(a.digest()), toHex(b.digest()));
      }),
      { numRuns: 150 },
    );
  }
});

void test('HMAC-SM3 follows RFC 2104 for keys shorter and longer than the 64-byte block', () => {
  for (const len of [0, 16, 64, 65, 200]) {
    const key = Uint8Array.from({ length: len }, (_, i) => i);
    const message = utf8('RDRAW-1/ikm');
    assert.equal(toHex(hmacSm3(key, message)), createHmac('sm3', key).update(message).digest('hex'));
  }
});
