// Issue 10.4: a signer's own key, made in this browser (Ed25519 by default, or 国密 SM2 when the officer
// chooses it); the private half stays here (key-store.ts), only the public half leaves the browser. An
// officer's key is bound to the account on first use; a witness makes one per draw and sends its public
// half with the commitment.
import { request } from '../request.ts';
import { heldKey, makeKey, type HeldKey, type KeyScheme } from './key-store.ts';

export type { KeyScheme } from './key-store.ts';

/** The texts signed (docs/draw-spec.md, docs/signatures.md): a signature means one kind of thing only. */
const SIGNATURE_PREFIX = 'RDRAW-SIG-1\n';
export const RECORD_SIGNATURE_PREFIX = 'SS-RECORD-SIG-1\n';
export const REPORT_SIGNATURE_PREFIX = 'SS-REPORT-SIG-1\n';

export interface SignedStatement {
  readonly scheme: KeyScheme;
  readonly publicKey: string;
  readonly signature: string;
}

const keptOrMade = async (name: string, scheme: KeyScheme = 'ed25519') =>
  (await heldKey(name)) ?? makeKey(name, scheme);

async function signWith(key: HeldKey, digest: string, prefix = SIGNATURE_PREFIX): Promise<SignedStatement> {
  return { scheme: key.scheme, publicKey: key.publicKey, signature: await key.sign(`${prefix}${digest}`) };
}

const officerName = (userId: string) => `officer.${userId}`;
const defaultLabel = () => `${navigator.platform || '浏览器'} · ${new Date().toLocaleDateString('zh-CN')}`;

async function register(key: HeldKey, label: string): Promise<void> {
  await request('/api/admin/signing-keys', {
    method: 'POST',
    body: { scheme: key.scheme, publicKey: key.publicKey, label },
  });
}

/** The officer's key in this browser, registered on the account (again if it was revoked or never sent). */
async function officerKey(userId: string): Promise<HeldKey> {
  const { keys } = await request<{ keys: { publicKey: string; revokedAt: string | null }[] }>(
    '/api/admin/signing-keys',
  );
  const key = await keptOrMade(officerName(userId));
  const registered = keys.find((k) => k.publicKey === key.publicKey);
  if (registered && !registered.revokedAt) return key;
  // A revoked key is not signed with again: a new one of the same algorithm replaces it.
  const usable = registered ? await makeKey(officerName(userId), key.scheme) : key;
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

/** A new key pair of `scheme` in this browser, replacing the one kept here, registered under `label`. */
export async function createOfficerKey(userId: string, label: string, scheme: KeyScheme): Promise<string> {
  const key = await makeKey(officerName(userId), scheme);
  await register(key, label.trim() || defaultLabel());
  return key.publicKey;
}

/** The public half of the officer's key kept in this browser, or null when there is none yet. */
export async function thisBrowserKey(userId: string): Promise<string | null> {
  return (await heldKey(officerName(userId)))?.publicKey ?? null;
}

const witnessName = (drawId: string, witness: string) => `witness.${drawId}.${witness}`;

/** The public half a witness sends with its commitment (made now if this browser has none for the draw). */
export async function witnessPublicKey(drawId: string, witness: string): Promise<string> {
  return (await keptOrMade(witnessName(drawId, witness))).publicKey;
}

/** A witness's key is always Ed25519: it is made here for one draw, never chosen. */
export async function signAsWitness(drawId: string, witness: string, statementDigest: string) {
  const signed = await signWith(await keptOrMade(witnessName(drawId, witness)), statementDigest);
  return { ...signed, scheme: 'ed25519' as const };
}
