// signatures on the inspection record, kept as the SHA-256 of the captured image.
import { isSha256Hex } from './attachment.ts';
import type { AddProblem } from './checked.ts';

/** Drawn on a touch screen, or a photo of the party's seal (盖章). */
export interface Signature {
  readonly kind: 'drawn' | 'seal-photo';
  readonly imageSha256: string;
  readonly signedAt: string;
}

export interface Witness {
  readonly name: string;
  readonly signature: Signature;
}

/** The inspected party confirms the record, or refuses; a refusal states why and may have a witness. */
export type PartyConfirmation =
  | { readonly kind: 'signed'; readonly signerName: string; readonly signature: Signature }
  | { readonly kind: 'refused'; readonly reason: string; readonly witness: Witness | null };

export function checkSignature(field: string, s: Signature | null, who: string, add: AddProblem): void {
  if (s === null) add(field, 'signature-missing', `缺少${who}的签名`);
  else if (!isSha256Hex(s.imageSha256))
    add(field, 'signature-digest-invalid', `${who}的签名图像摘要无效（须为 SHA-256）`);
}

export function checkParty(party: PartyConfirmation | null, onSite: boolean, add: AddProblem): void {
  if (party === null) {
    // Art. 23 asks for the party's confirmation after an on-site visit; paper and online checks have none.
    if (onSite)
      add(
        'party',
        'party-confirmation-missing',
        '实地检查须由被检查对象签字或盖章确认，或注明其拒绝确认的原因',
      );
    return;
  }
  if (party.kind === 'signed') {
    if (!party.signerName.trim()) add('party.signerName', 'required', '须填写被检查对象签字人姓名');
    checkSignature('party.signature', party.signature, '被检查对象', add);
    return;
  }
  if (!party.reason.trim())
    add('party.reason', 'refusal-reason-required', '被检查对象拒绝确认的，须注明原因');
  if (party.witness) {
    if (!party.witness.name.trim()) add('party.witness.name', 'required', '须填写见证人姓名');
    checkSignature('party.witness.signature', party.witness.signature, '见证人', add);
  }
}
