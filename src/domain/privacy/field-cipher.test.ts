import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sm4 } from 'sm-crypto-v2';
import { dataKeyOf, keyringOf, type DataCipher } from './data-key.ts';
import { boundTo, openEntityFields, sealEntityFields } from './entity-seal.ts';
import { openField, PersonalDataUnreadableError, sealField } from './field-cipher.ts';
import { personalHash } from './keyed-hash.ts';

const key = (id: string, cipher: DataCipher = 'aes-256-gcm') =>
  dataKeyOf(id, cipher, new Uint8Array(randomBytes(32)));
const ID = '150802199001011234';

test('issue 10.7 SM4-GCM (sm-crypto-v2) reproduces the RFC 8998 appendix A.1 test vector', () => {
  const hex = (s: string) => Buffer.from(s, 'hex');
  const r = sm4.encrypt(
    hex(
      'AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDDEEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA',
    ),
    hex('0123456789ABCDEFFEDCBA9876543210'),
    {
      mode: 'gcm',
      iv: hex('00001234567800000000ABCD'),
      associatedData: hex('FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2'),
      output: 'array',
      outputTag: true,
    },
  );
  assert.equal(
    Buffer.from(r.output).toString('hex').toUpperCase(),
    '17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D',
  );
  assert.equal(Buffer.from(r.tag!).toString('hex').toUpperCase(), '83DE3541E4C2B58177E065A9BF7B62EC');
});

for (const cipher of ['aes-256-gcm', 'sm4-gcm'] as const) {
  test(`R-N.10 issue 10.7 ${cipher}: the ciphertext names version, key and cipher, opens only where it was sealed`, () => {
    const k = key('k1', cipher);
    const ring = keyringOf(k);
    const sealed = sealField(k, ID, 'entities/u1/c1/id-number');
    assert.match(
      sealed,
      new RegExp(`^v1:k1:${cipher === 'sm4-gcm' ? 'SM4GCM' : 'A256GCM'}:[A-Za-z0-9+/=]+$`),
    );
    assert.ok(!sealed.includes(ID));
    assert.notEqual(sealed, sealField(k, ID, 'entities/u1/c1/id-number'), 'a fresh nonce each time');
    assert.equal(openField(ring, sealed, 'entities/u1/c1/id-number'), ID);
    // Copied to another row or field, or one byte changed: a named error, never garbage.
    for (const bad of [
      () => openField(ring, sealed, 'entities/u1/c2/id-number'),
      () => openField(ring, sealed, 'entities/u1/c1/phone'),
      () =>
        openField(
          ring,
          sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'),
          'entities/u1/c1/id-number',
        ),
      () => openField(keyringOf(key('k1', cipher)), sealed, 'entities/u1/c1/id-number'),
    ])
      assert.throws(bad, (e: unknown) => e instanceof PersonalDataUnreadableError && e.reason === 'tag');
    assert.throws(
      () => openField(keyringOf(key('k2', cipher)), sealed, 'entities/u1/c1/id-number'),
      (e: unknown) => e instanceof PersonalDataUnreadableError && e.reason === 'unknown-key',
    );
  });
}

test('R-N.10 issue 10.7: the keyed hash is per key and per field; SM4 keys hash with HMAC-SM3', () => {
  const a = key('ka');
  const s = key('ks', 'sm4-gcm');
  assert.match(personalHash(a, 'id-number', ID), /^h1:ka:[0-9a-f]{64}$/);
  assert.equal(personalHash(a, 'id-number', ID), personalHash(a, 'id-number', ID));
  assert.notEqual(personalHash(a, 'id-number', ID), personalHash(key('ka'), 'id-number', ID));
  assert.notEqual(personalHash(a, 'id-number', ID), personalHash(a, 'phone', ID));
  assert.match(personalHash(s, 'phone', '13912345678'), /^h1:ks:[0-9a-f]{64}$/);
});

test('R-N.10 issue 10.7: an entity row sealed in one unit does not open as another row', () => {
  const k = key('k1');
  const ring = keyringOf(k);
  const sealed = sealEntityFields(k, { unitId: 'u1', kind: 'person', code: ID, contactPhone: '13912345678' });
  assert.equal(sealed.idNumberMasked, '1508**********1234');
  assert.equal(sealed.contactPhoneMasked, '139****5678');
  const row = { unitId: 'u1', kind: 'person' as const, ...sealed };
  assert.deepEqual(openEntityFields(ring, row), { idNumber: ID, contactPhone: '13912345678' });
  assert.throws(() => openEntityFields(ring, { ...row, unitId: 'u2' }), PersonalDataUnreadableError);
  const other = sealEntityFields(k, {
    unitId: 'u1',
    kind: 'person',
    code: '150802199002021237',
    contactPhone: null,
  });
  assert.throws(() => openEntityFields(ring, { ...row, code: other.code }), PersonalDataUnreadableError);
  assert.equal(boundTo('u1', sealed.code, 'phone'), `entities/u1/${sealed.code}/phone`);
});
