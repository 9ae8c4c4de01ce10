// Demo signing keys (issue 10.4): derived from a fixed, published seed so the demo draw is reproducible.
// They prove nothing about a person — real signers make their keys in their own browsers.
import { createHash } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { ed25519Signer } from '../../domain/draw/signature.ts';
import type { Actor } from '../actor.ts';
import { signingKeyService } from '../signing-key.service.ts';

export const DEMO_KEY_LABEL = '演示密钥（由公开的固定种子生成，仅供演示）';

export function demoSigner(name: string) {
  return ed25519Signer(createHash('sha256').update(`ShuangSui demo signing key/${name}`).digest());
}

/** The officer's demo key, registered on the account (once). */
export async function registeredDemoSigner(db: Database, actor: Actor, name: string) {
  const signer = demoSigner(name);
  const keys = await signingKeyService.list(db, actor);
  if (!keys.some((k) => k.publicKey === signer.publicKey && !k.revokedAt))
    await signingKeyService.register(db, actor, {
      scheme: signer.scheme,
      publicKey: signer.publicKey,
      label: DEMO_KEY_LABEL,
    });
  return signer;
}
