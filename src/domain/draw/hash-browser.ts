// The browser hasher: pure JavaScript, so the public portal can verify a draw in the visitor's
// browser. SHA-256 and HMAC from @noble/hashes; SM3 from sm-crypto-v2 with RFC 2104 HMAC here.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { sm3 } from 'sm-crypto-v2';
import { fromHex } from './encoding.ts';
import type { Hasher, HashStream } from './hasher.ts';
import type { Suite } from './types.ts';

const BLOCK = 64;

function sm3Bytes(data: Uint8Array): Uint8Array {
  return fromHex(sm3(data)) ?? new Uint8Array(0);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** RFC 2104: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), K padded to the 64-byte block. */
export function hmacSm3(key: Uint8Array, message: Uint8Array): Uint8Array {
  const k = new Uint8Array(BLOCK);
  k.set(key.length > BLOCK ? sm3Bytes(key) : key);
  const inner = k.map((b) => b ^ 0x36);
  const outer = k.map((b) => b ^ 0x5c);
  return sm3Bytes(concat([outer, sm3Bytes(concat([inner, message]))]));
}

function binary(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function sha256Hasher(suite: Suite): Hasher {
  return {
    suite,
    hash: (data) => sha256(data),
    hashBinary: (data) => binary(sha256(data)),
    stream: (): HashStream => {
      const h = sha256.create();
      return { update: (chunk) => void h.update(chunk), digest: () => h.digest() };
    },
    hmac: (key, message) => hmac(sha256, key, message),
  };
}

function sm3Hasher(suite: Suite): Hasher {
  return {
    suite,
    hash: sm3Bytes,
    hashBinary: (data) => binary(sm3Bytes(data)),
    stream: (): HashStream => {
      // sm-crypto-v2 has no incremental API: collect, then hash once (browser pools are small).
      const chunks: Uint8Array[] = [];
      return { update: (chunk) => void chunks.push(chunk.slice()), digest: () => sm3Bytes(concat(chunks)) };
    },
    hmac: hmacSm3,
  };
}

export function browserHasher(suite: Suite): Hasher {
  return suite.endsWith('SHA256') ? sha256Hasher(suite) : sm3Hasher(suite);
}
