import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256Hex } from './attachment-digest.ts';
import {
  ATTACHMENT_RULES,
  checkAttachment,
  isSha256Hex,
  sniffMime,
  type AttachmentUpload,
} from './attachment.ts';

const bytes = (...b: number[]) => Uint8Array.from([...b, ...new Array<number>(16).fill(0)]);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const WEBP = bytes(...ascii('RIFF'), 0x10, 0, 0, 0, ...ascii('WEBP'));
const PDF = bytes(...ascii('%PDF-1.7'));
const EXE = bytes(...ascii('MZ'));

const upload = (u: Partial<AttachmentUpload>): AttachmentUpload => ({
  kind: 'photo',
  claimedMime: 'image/jpeg',
  fileName: '现场.jpg',
  size: 1000,
  head: JPEG,
  ...u,
});
const codes = (u: Partial<AttachmentUpload>) => {
  const r = checkAttachment(upload(u));
  return r.ok ? [] : r.problems.map((p) => p.code);
};

test('R-10.2 the type is sniffed from the magic bytes', () => {
  assert.equal(sniffMime(JPEG), 'image/jpeg');
  assert.equal(sniffMime(PNG), 'image/png');
  assert.equal(sniffMime(WEBP), 'image/webp');
  assert.equal(sniffMime(PDF), 'application/pdf');
  assert.equal(sniffMime(EXE), null);
  assert.equal(sniffMime(new Uint8Array()), null);
  assert.equal(sniffMime(bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVE'))), null);
});

test('R-10.2 photos, document copies and statements of the allowed types are accepted', () => {
  const ok = checkAttachment(upload({}));
  assert.deepEqual(ok, {
    ok: true,
    value: { kind: 'photo', mime: 'image/jpeg', fileName: '现场.jpg', size: 1000 },
  });
  assert.deepEqual(codes({ claimedMime: 'image/webp', fileName: 'a.WEBP', head: WEBP }), []);
  assert.deepEqual(
    codes({ kind: 'document', claimedMime: 'application/pdf', fileName: '账簿.pdf', head: PDF }),
    [],
  );
  assert.deepEqual(
    codes({ kind: 'statement', claimedMime: 'image/png', fileName: '笔录.png', head: PNG }),
    [],
  );
});

test('R-10.2 a file that is not the type it claims is refused with attachment-type-mismatch', () => {
  assert.deepEqual(codes({ head: PDF }), ['attachment-type-mismatch']);
  assert.deepEqual(codes({ head: EXE }), ['attachment-type-mismatch']);
  assert.deepEqual(codes({ fileName: '现场.pdf' }), ['attachment-type-mismatch']);
  assert.deepEqual(codes({ fileName: '现场' }), ['attachment-type-mismatch']);
});

test('R-10.2 a type the kind does not take is refused with attachment-type-not-allowed', () => {
  assert.deepEqual(codes({ kind: 'document', claimedMime: 'image/jpeg' }), ['attachment-type-not-allowed']);
  assert.deepEqual(codes({ kind: 'statement', claimedMime: 'image/webp', head: WEBP, fileName: 'a.webp' }), [
    'attachment-type-not-allowed',
  ]);
  assert.deepEqual(codes({ claimedMime: 'application/x-msdownload', head: EXE, fileName: 'a.exe' }), [
    'attachment-type-not-allowed',
  ]);
});

test('R-10.2 a file over its kind’s size limit is refused with attachment-too-large; an empty one too', () => {
  const max = ATTACHMENT_RULES.photo.maxBytes;
  assert.deepEqual(codes({ size: max }), []);
  assert.deepEqual(codes({ size: max + 1 }), ['attachment-too-large']);
  assert.deepEqual(codes({ size: 0 }), ['attachment-empty']);
  const doc = { kind: 'document' as const, claimedMime: 'application/pdf', fileName: 'a.pdf', head: PDF };
  assert.deepEqual(codes({ ...doc, size: ATTACHMENT_RULES.document.maxBytes + 1 }), ['attachment-too-large']);
});

test('R-10.2 the digest is SHA-256 in lower-case hex', () => {
  const d = sha256Hex(new TextEncoder().encode('abc'));
  assert.equal(d, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(isSha256Hex(d), true);
  assert.equal(isSha256Hex(d.toUpperCase()), false);
});
