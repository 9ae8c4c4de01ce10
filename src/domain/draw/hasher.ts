// The hash of a suite, injected so that the same draw code runs in Node and in the browser.
import type { Suite } from './types.ts';

export interface HashStream {
  update(chunk: Uint8Array): void;
  digest(): Uint8Array;
}

export interface Hasher {
  readonly suite: Suite;
  /** H(data), 32 bytes. */
  hash(data: Uint8Array): Uint8Array;
  /**
   * H(data) as a binary string (one char per byte): `<` then orders digests as bytes. The key
   * loops run millions of times and a string result is the cheapest Node can return.
   */
  hashBinary(data: Uint8Array): string;
  /** Incremental H: the pool digest spans millions of records. */
  stream(): HashStream;
  /** RFC 2104 HMAC with H. */
  hmac(key: Uint8Array, message: Uint8Array): Uint8Array;
}
