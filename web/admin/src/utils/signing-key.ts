// Issue 10.4: a signer's own Ed25519 key, made in this browser with WebCrypto. The private half is not
// extractable and stays in IndexedDB; only the public half leaves the browser. An officer's key is bound
// to the account on first use; a witness makes one per draw and sends its public half with the commitment.
import { request } from '../request.ts';

const DB_NAME = 'shuangsui-signing-keys';
const STORE = 'keys';
/** The texts signed (docs/draw-spec.md, docs/signatures.md): a signature means one kind of thing only. */
const SIGNATURE_PREFIX = 'RDRAW-SIG-1\n';
export const RECORD_SIGNATURE_PREFIX = 'SS-RECORD-SIG-1\n';
export const REPORT_SIGNATURE_PREFIX = 'SS-REPORT-SIG-1\n';

export interface SignedStatement {
  readonly scheme: 'ed25519';
  readonly publicKey: string;
  readonly signature: string;
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

async function keyPair(name: string, fresh = false): Promise<CryptoKeyPair> {
  const kept = fresh ? undefined : await store<unknown>('readonly', (s) => s.get(name));
  if (kept) return kept as CryptoKeyPair;
  const made = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  await store('readwrite', (s) => s.put(made, name));
  return made;
}

const publicKeyOf = async (pair: CryptoKeyPair) => hex(await crypto.subtle.exportKey('raw', pair.publicKey));

async function signWith(
  pair: CryptoKeyPair,
  digest: string,
  prefix = SIGNATURE_PREFIX,
): Promise<SignedStatement> {
  const text = new TextEncoder().encode(`${prefix}${digest}`);
  const signature = hex(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, text));
  return { scheme: 'ed25519', publicKey: await publicKeyOf(pair), signature };
}

const officerName = (userId: string) => `officer.${userId}`;
const defaultLabel = () => `${navigator.platform || '浏览器'} · ${new Date().toLocaleDateString('zh-CN')}`;

async function register(pair: CryptoKeyPair, label: string): Promise<void> {
  await request('/api/admin/signing-keys', {
    method: 'POST',
    body: { scheme: 'ed25519', publicKey: await publicKeyOf(pair), label },
  });
}

/** The officer's key in this browser, registered on the account (again if it was revoked or never sent). */
async function officerKey(userId: string): Promise<CryptoKeyPair> {
  const { keys } = await request<{ keys: { publicKey: string; revokedAt: string | null }[] }>(
    '/api/admin/signing-keys',
  );
  const pair = await keyPair(officerName(userId));
  const publicKey = await publicKeyOf(pair);
  const registered = keys.find((k) => k.publicKey === publicKey);
  if (registered && !registered.revokedAt) return pair;
  const usable = registered ? await keyPair(officerName(userId), true) : pair;
  await register(usable, defaultLabel());
  return usable;
}

/** Signs `prefix` + digest with the officer's own key (made and registered in this browser on first use). */
export async function signAsOfficer(
  userId: string,
  digest: string,
  prefix = SIGNATURE_PREFIX,
): Promise<SignedStatement> {
  return signWith(await officerKey(userId), digest, prefix);
}

/** A new key pair in this browser, replacing the one kept here, registered under `label`. */
export async function createOfficerKey(userId: string, label: string): Promise<string> {
  const pair = await keyPair(officerName(userId), true);
  await register(pair, label.trim() || defaultLabel());
  return publicKeyOf(pair);
}

/** The public half of the officer's key kept in this browser, or null when there is none yet. */
export async function thisBrowserKey(userId: string): Promise<string | null> {
  const kept = await store<unknown>('readonly', (s) => s.get(officerName(userId)));
  return kept ? publicKeyOf(kept as CryptoKeyPair) : null;
}

const witnessName = (drawId: string, witness: string) => `witness.${drawId}.${witness}`;

/** The public half a witness sends with its commitment (made now if this browser has none for the draw). */
export async function witnessPublicKey(drawId: string, witness: string): Promise<string> {
  return publicKeyOf(await keyPair(witnessName(drawId, witness)));
}

export async function signAsWitness(drawId: string, witness: string, statementDigest: string) {
  return signWith(await keyPair(witnessName(drawId, witness)), statementDigest);
}
