import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentDisposition } from './file-reply.ts';

void test('R-21.2 a download names a file, never a place: an ASCII fallback, the Chinese name in RFC 5987 form, path separators replaced', () => {
  assert.equal(
    contentDisposition('停业证明.pdf'),
    `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('停业证明.pdf')}`,
  );
  assert.equal(
    contentDisposition('../../../etc/passwd'),
    `attachment; filename=".._.._.._etc_passwd"; filename*=UTF-8''.._.._.._etc_passwd`,
  );
  assert.equal(
    contentDisposition('a\\b"c.jpg', 'inline'),
    `inline; filename="a_b_c.jpg"; filename*=UTF-8''a_b%22c.jpg`,
  );
});
