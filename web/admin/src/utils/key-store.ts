// Issue 10.4: the signing keys this browser holds, in IndexedDB; only public halves ever leave it.
// Ed25519 pairs are WebCrypto keys, not extractable. WebCrypto has no SM2, so an SM2 private key is
// kept sealed with AES-GCM under a non-extractable WebCrypto key stored beside it: never in plain text.
const DB_NAME = 'shuangsui-signing-keys';
const STORE = 'keys';
/** GB/T 32918.2's default user ID, as the server verifies (src/domain/draw/signature.ts). */
const SM2_USER_ID = '1234567812345678';

export type KeyScheme = 'ed25519' | 'sm2';

export interface HeldKey {
  readonly scheme: KeyScheme;
  readonly publicKey: string;
  /** The signature over the UTF-8 text, lowercase hex (Ed25519: 64 bytes; SM2: DER). */
  readonly sign: (text: string) => Promise<string>;
}

interface SealedSm2 {
  readonly scheme: 'sm2';
  readonly publicKey: string;
  readonly seal: CryptoKey;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly sealed: ArrayBuffer;
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

function store<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB'));
    open.onsuccess = () => {
      const req = run(open.result.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
    };
  });
}

const isSm2 = (kept: unknown): kept is SealedSm2 =>
  typeof kept === 'object' && kept !== null && (kept as { scheme?: unknown }).scheme === 'sm2';

async function ed25519Key(pair: CryptoKeyPair): Promise<HeldKey> {
  return {
    scheme: 'ed25519',
    publicKey: hex(await crypto.subtle.exportKey('raw', pair.publicKey)),
    sign: async (text) =>
      hex(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new TextEncoder().encode(text))),
  };
}

function sm2Key(kept: SealedSm2): HeldKey {
  return {
    scheme: 'sm2',
    publicKey: kept.publicKey,
    sign: async (text) => {
      const { sm2 } = await import('sm-crypto-v2');
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: kept.iv }, kept.seal, kept.sealed);
      const privateKey = new TextDecoder().decode(plain);
      return sm2.doSignature(text, privateKey, { der: true, hash: true, userId: SM2_USER_ID });
    },
  };
}

async function makeSm2(): Promise<SealedSm2> {
  const { sm2 } = await import('sm-crypto-v2');
  const pair = sm2.generateKeyPairHex();
  const seal = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(pair.privateKey);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, seal, plain);
  return { scheme: 'sm2', publicKey: pair.publicKey, seal, iv, sealed };
}

/** The key kept under `name`, or undefined when this browser has none. */
export async function heldKey(name: string): Promise<HeldKey | undefined> {
  const kept = await store<unknown>('readonly', (s) => s.get(name));
  if (!kept) return undefined;
  return isSm2(kept) ? sm2Key(kept) : ed25519Key(kept as CryptoKeyPair);
}

/** A new key of `scheme` kept under `name`, replacing the one kept there. */
export async function makeKey(name: string, scheme: KeyScheme): Promise<HeldKey> {
  const made =
    scheme === 'sm2'
      ? await makeSm2()
      : await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  await store('readwrite', (s) => s.put(made, name));
  return isSm2(made) ? sm2Key(made) : ed25519Key(made);
}
