import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBase64Strictly } from './base64.ts';

void test('R-22.1 evidence and attachments are taken only as whole base64: junk is refused, not decoded in part', () => {
  const bytes = Buffer.from('停业情况说明');
  assert.deepEqual(decodeBase64Strictly(bytes.toString('base64')), bytes);
  assert.deepEqual(decodeBase64Strictly(bytes.toString('base64').replace(/=+$/, '')), bytes, 'unpadded');
  assert.deepEqual(
    decodeBase64Strictly(`${bytes.toString('base64').slice(0, 8)}\r\n${bytes.toString('base64').slice(8)}`),
    bytes,
  );
  assert.deepEqual(decodeBase64Strictly(''), Buffer.alloc(0));
  for (const junk of ['!!!notbase64###', 'abc$', 'ab=c', 'a', '====', '5YGc5Lia 5oOF'])
    assert.equal(decodeBase64Strictly(junk), null, junk);
});
