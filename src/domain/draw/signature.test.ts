import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sm2 } from 'sm-crypto-v2';
import { signatureStatement } from './digests.ts';
import { toHex, utf8 } from './encoding.ts';
import { nodeHasher } from './hash-node.ts';
import { checkSignatures } from './signature-check.ts';
import {
  ed25519Signer,
  publicKeyProblem,
  SM2_DEFAULT_USER_ID,
  signedText,
  verifyStatementSignature,
} from './signature.ts';
import type { DrawDigests } from './types.ts';

const digests: DrawDigests = {
  plan: '01'.repeat(32),
  pool: '02'.repeat(32),
  inspectors: '03'.repeat(32),
  seed: '04'.repeat(32),
  result: '05'.repeat(32),
  strata: '06'.repeat(32),
  public: '07'.repeat(32),
};
const digestOf = (drawId: string, d: DrawDigests = digests) =>
  toHex(nodeHasher('RDRAW-2-SHA256').hash(utf8(signatureStatement(drawId, 'RDRAW-2-SHA256', d))));
const alice = ed25519Signer(new Uint8Array(32).fill(1));
const bob = ed25519Signer(new Uint8Array(32).fill(2));

test('R-20.2 issue 10.4 a signer’s Ed25519 signature verifies over its statement, with the RDRAW-SIG-1 prefix', () => {
  const digest = digestOf('D-1');
  const sig = alice.sign(digest);
  assert.equal(signedText(digest), `RDRAW-SIG-1\n${digest}`);
  assert.equal(sig.signature.length, 128);
  assert.ok(verifyStatementSignature(sig, digest));
  const shown = { signer: '张三', role: '监督人', statementDigest: digest, ...sig };
  assert.deepEqual(checkSignatures(digest, [shown]), {
    passed: true,
    results: [{ signer: '张三', role: '监督人', ok: true }],
  });
});

test('R-20.2 issue 10.4 a tampered statement, a wrong key or another draw’s statement fails', () => {
  const digest = digestOf('D-1');
  const sig = alice.sign(digest);
  const tampered = digestOf('D-1', { ...digests, result: '55'.repeat(32) });
  assert.equal(verifyStatementSignature(sig, tampered), false, 'changed result digest');
  assert.equal(verifyStatementSignature({ ...sig, publicKey: bob.publicKey }, digest), false, 'wrong key');
  const other = digestOf('D-2');
  assert.equal(verifyStatementSignature(alice.sign(other), digest), false, 'signature over another draw');
  const flipped = `${sig.signature.slice(0, 127)}${sig.signature.endsWith('0') ? '1' : '0'}`;
  assert.equal(verifyStatementSignature({ ...sig, signature: flipped }, digest), false, 'one byte changed');
  assert.equal(verifyStatementSignature({ ...sig, signature: 'zz' }, digest), false, 'not hex');
  const shown = { signer: '李四', role: '见证人', statementDigest: digest, ...alice.sign(other) };
  const checked = checkSignatures(digest, [shown]);
  assert.equal(checked.passed, false);
  assert.match(checked.detail ?? '', /李四：签名无效/);
});

test('R-20.2 issue 10.4 a statement digest without the signer’s key is no signature; the platform record alone is not enough', () => {
  const digest = digestOf('D-1');
  const platform = { signer: 'system', role: 'system', statementDigest: digest };
  assert.equal(checkSignatures(digest, [platform]).detail, '没有签名人本人的签名');
  const claimed = { signer: '王五', role: '抽取人', statementDigest: digest };
  assert.match(checkSignatures(digest, [platform, claimed]).detail ?? '', /王五：没有签名人本人的公钥和签名/);
  const signed = { signer: '王五', role: '抽取人', statementDigest: digest, ...bob.sign(digest) };
  assert.equal(checkSignatures(digest, [platform, signed]).passed, true);
});

test('R-20.2 issue 10.4 SM2 (SM3, default user ID 1234567812345678, DER) is the alternative suite', () => {
  const digest = digestOf('D-1');
  const keys = sm2.generateKeyPairHex();
  const options = { der: true, hash: true, userId: SM2_DEFAULT_USER_ID };
  const signature = sm2.doSignature(signedText(digest), keys.privateKey, options);
  const sig = { scheme: 'sm2' as const, publicKey: keys.publicKey, signature };
  assert.ok(verifyStatementSignature(sig, digest));
  assert.equal(verifyStatementSignature(sig, digestOf('D-2')), false);
  const other = sm2.doSignature(signedText(digest), keys.privateKey, {
    ...options,
    userId: 'ALICE123@YAHOO.COM',
  });
  assert.equal(verifyStatementSignature({ ...sig, signature: other }, digest), false, 'another user ID');
  const offCurve = `04${'55'.repeat(64)}`;
  assert.equal(
    publicKeyProblem('sm2', offCurve),
    'SM2 公钥不在曲线上',
    'a point off the curve is named, never thrown',
  );
  assert.equal(verifyStatementSignature({ ...sig, publicKey: offCurve }, digest), false);
});
