// A witness's secret nonce (DRAW.md §2): made on this device, kept here until revealed, never sent before.
import { browserHasher, fromHex, toHex, witnessCommitment } from '../services/shared-domain.ts';
import type { Suite } from '../services/types.ts';

const NONCE_BYTES = 32;
const keyOf = (drawId: string, witness: string) => `shuangsui.witness.${drawId}.${witness}`;

export interface WitnessSecret {
  readonly nonce: string;
  readonly commit: string;
}

/** commit_j = H(lp("RDRAW-n/commit") ‖ lp(drawId) ‖ lp(witness_j) ‖ nonce_j), by the project's draw code. */
export function commitmentOf(suite: Suite, drawId: string, witness: string, nonce: string): string {
  return toHex(witnessCommitment(browserHasher(suite), drawId, witness, fromHex(nonce) ?? new Uint8Array()));
}

export function storedSecret(drawId: string, witness: string): WitnessSecret | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(keyOf(drawId, witness));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<WitnessSecret>;
    return typeof value.nonce === 'string' && typeof value.commit === 'string'
      ? { nonce: value.nonce, commit: value.commit }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The stored secret, or a new one: 32 bytes from crypto.getRandomValues, saved before it is used. */
export function ensureSecret(suite: Suite, drawId: string, witness: string): WitnessSecret {
  const existing = storedSecret(drawId, witness);
  if (existing) return existing;
  const nonce = toHex(crypto.getRandomValues(new Uint8Array(NONCE_BYTES)));
  const secret = { nonce, commit: commitmentOf(suite, drawId, witness, nonce) };
  globalThis.localStorage?.setItem(keyOf(drawId, witness), JSON.stringify(secret));
  return secret;
}
