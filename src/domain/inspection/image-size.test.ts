import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imageSize, imageTooLarge } from './image-size.ts';

const png = (width: number, height: number) => {
  const b = Buffer.from('89504e470d0a1a0a0000000d494844520000000000000000080600000000', 'hex');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
};
// SOI, an APP0 segment, then SOF0 with height 3000 and width 4000.
const jpeg = Buffer.from(
  'ffd8ffe000104a46494600010100000100010000ffc0001108' + '0bb8' + '0fa0' + '03012200021101031101',
  'hex',
);

void test('R-23.1 a signature image’s size is read from its header; 20000 × 20000 is too large, a 12-megapixel photo is not', () => {
  assert.deepEqual(imageSize(png(20_000, 20_000), 'image/png'), { width: 20_000, height: 20_000 });
  assert.equal(imageTooLarge({ width: 20_000, height: 20_000 }), true);
  assert.deepEqual(imageSize(jpeg, 'image/jpeg'), { width: 4000, height: 3000 });
  assert.equal(imageTooLarge({ width: 4000, height: 3000 }), false);
  assert.equal(imageTooLarge({ width: 12_000, height: 10 }), true);
  assert.equal(imageSize(Buffer.from('89504e47', 'hex'), 'image/png'), null);
  assert.equal(imageSize(Buffer.from('ffd8ff00', 'hex'), 'image/jpeg'), null);
});
