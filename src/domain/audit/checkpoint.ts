// Checkpoints of the audit log in the transparency-dev / C2SP signed-note form (docs/log.md): a body of
// origin, size, base64 root and extension lines, a blank line, then "— <key name> <base64(key id‖sig)>".
import { createHash } from 'node:crypto';

export interface CheckpointBody {
  readonly origin: string;
  readonly size: number;
  readonly root: Uint8Array;
  /** Extension line `time <ISO 8601>`: when the checkpoint was made. */
  readonly time: string;
  /** Extension line `hash sha256|sm3`: the tree's hash. */
  readonly hash: string;
}

export interface SignedCheckpoint extends CheckpointBody {
  readonly keyName: string;
  readonly keyId: Uint8Array;
  readonly signature: Uint8Array;
  /** The exact bytes that were signed. */
  readonly signed: string;
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

export function checkpointBody(c: CheckpointBody): string {
  return `${c.origin}\n${c.size}\n${b64(c.root)}\ntime ${c.time}\nhash ${c.hash}\n`;
}

/** The note key id: the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ Ed25519 public key). */
export function noteKeyId(name: string, publicKey: Uint8Array): Uint8Array {
  const h = createHash('sha256').update(`${name}\n`).update(Uint8Array.of(1)).update(publicKey).digest();
  return new Uint8Array(h.subarray(0, 4));
}

/** The note verifier key, `<name>+<key id hex>+<base64(0x01 ‖ public key)>`. */
export function verifierKey(name: string, publicKey: Uint8Array): string {
  const id = Buffer.from(noteKeyId(name, publicKey)).toString('hex');
  return `${name}+${id}+${b64(Uint8Array.of(1, ...publicKey))}`;
}

export function checkpointNote(body: string, keyName: string, keyId: Uint8Array, sig: Uint8Array): string {
  return `${body}\n— ${keyName} ${b64(Uint8Array.of(...keyId, ...sig))}\n`;
}

/** Reads a checkpoint note; null when it is not one (the first signature line is kept). */
export function parseCheckpoint(text: string): SignedCheckpoint | null {
  const cut = text.indexOf('\n\n');
  if (cut < 0) return null;
  const signed = text.slice(0, cut + 1);
  const lines = signed.slice(0, -1).split('\n');
  const [origin, sizeText, rootText, ...ext] = lines;
  const sigLine = /^— (\S+) ([A-Za-z0-9+/=]+)$/.exec(text.slice(cut + 2).split('\n')[0] ?? '');
  if (!origin || !sizeText || !rootText || !/^\d{1,15}$/.test(sizeText) || !sigLine) return null;
  const extension = (key: string) => ext.find((l) => l.startsWith(`${key} `))?.slice(key.length + 1) ?? '';
  const sig = Buffer.from(sigLine[2]!, 'base64');
  const root = Buffer.from(rootText, 'base64');
  if (sig.length < 5 || root.length === 0) return null;
  return {
    origin,
    size: Number(sizeText),
    root: new Uint8Array(root),
    time: extension('time'),
    hash: extension('hash') || 'sha256',
    keyName: sigLine[1]!,
    keyId: new Uint8Array(sig.subarray(0, 4)),
    signature: new Uint8Array(sig.subarray(4)),
    signed,
  };
}
