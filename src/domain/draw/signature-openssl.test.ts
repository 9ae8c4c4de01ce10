// Issue 10.4: SM2 and Ed25519 statement signatures cross-checked with the OpenSSL command line both ways.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sm2 } from 'sm-crypto-v2';
import { fromHex, toHex } from './encoding.ts';
import { ed25519Signer, SM2_DEFAULT_USER_ID, signedText, verifyStatementSignature } from './signature.ts';

const dir = mkdtempSync(join(tmpdir(), 'shuangsui-sig-'));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8' });
const digest = 'ab'.repeat(32);
writeFileSync(join(dir, 'msg'), signedText(digest));
const SM2_OPTS = ['-rawin', '-digest', 'sm3', '-pkeyopt', `distid:${SM2_DEFAULT_USER_ID}`];

test('R-20.2 issue 10.4 an SM2 signature made by `openssl pkeyutl -sign` verifies here', () => {
  openssl('genpkey', '-algorithm', 'SM2', '-out', 'sm2.pem');
  openssl('pkey', '-in', 'sm2.pem', '-pubout', '-out', 'sm2.pub.pem');
  openssl('pkeyutl', '-sign', '-inkey', 'sm2.pem', '-in', 'msg', '-out', 'sig.der', ...SM2_OPTS);
  const der = execFileSync('openssl', ['pkey', '-pubin', '-in', 'sm2.pub.pem', '-outform', 'DER'], {
    cwd: dir,
  });
  const publicKey = toHex(new Uint8Array(der)).slice(-130);
  const signature = toHex(new Uint8Array(readFileSync(join(dir, 'sig.der'))));
  assert.ok(verifyStatementSignature({ scheme: 'sm2', publicKey, signature }, digest));
  assert.equal(verifyStatementSignature({ scheme: 'sm2', publicKey, signature }, 'cd'.repeat(32)), false);
});

test('R-20.2 issue 10.4 an SM2 signature made here verifies with `openssl pkeyutl -verify`', () => {
  const keys = sm2.generateKeyPairHex();
  const signature = sm2.doSignature(signedText(digest), keys.privateKey, {
    der: true,
    hash: true,
    userId: SM2_DEFAULT_USER_ID,
  });
  // SubjectPublicKeyInfo for an SM2 point: id-ecPublicKey with the SM2 curve OID 1.2.156.10197.1.301.
  const spki = `3059301306072a8648ce3d020106082a811ccf5501822d034200${keys.publicKey}`;
  writeFileSync(join(dir, 'mine.der'), fromHex(spki)!);
  openssl('pkey', '-pubin', '-inform', 'DER', '-in', 'mine.der', '-out', 'mine.pem');
  writeFileSync(join(dir, 'mine.sig'), fromHex(signature)!);
  const out = openssl(
    'pkeyutl',
    '-verify',
    '-pubin',
    '-inkey',
    'mine.pem',
    '-in',
    'msg',
    '-sigfile',
    'mine.sig',
    ...SM2_OPTS,
  );
  assert.match(out, /Signature Verified Successfully/);
});

test('R-20.2 issue 10.4 an Ed25519 signature made here verifies with `openssl pkeyutl -verify`', () => {
  const signer = ed25519Signer(new Uint8Array(32).fill(9));
  const sig = signer.sign(digest);
  writeFileSync(join(dir, 'ed.der'), fromHex(`302a300506032b6570032100${signer.publicKey}`)!);
  openssl('pkey', '-pubin', '-inform', 'DER', '-in', 'ed.der', '-out', 'ed.pem');
  writeFileSync(join(dir, 'ed.sig'), fromHex(sig.signature)!);
  const out = openssl(
    'pkeyutl',
    '-verify',
    '-pubin',
    '-inkey',
    'ed.pem',
    '-rawin',
    '-in',
    'msg',
    '-sigfile',
    'ed.sig',
  );
  assert.match(out, /Signature Verified Successfully/);
});
