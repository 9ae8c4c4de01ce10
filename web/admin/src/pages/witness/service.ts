import { request } from '../../request.ts';
import type { WitnessView } from '../../services/types.ts';

export type WitnessAction =
  | { readonly action: 'status' }
  | { readonly action: 'commit'; readonly commit: string; readonly publicKey: string }
  | { readonly action: 'reveal'; readonly nonce: string }
  | {
      readonly action: 'sign';
      readonly statementDigest: string;
      readonly scheme: 'ed25519';
      readonly publicKey: string;
      readonly signature: string;
    };

/** Anonymous, authenticated by the one-time code; 401 invalid-code is shown by the page. */
export async function witnessAct(drawId: string, code: string, act: WitnessAction): Promise<WitnessView> {
  const { draw } = await request<{ draw: WitnessView }>(
    `/api/public/draws/${encodeURIComponent(drawId)}/witness`,
    { method: 'POST', body: { code, ...act }, skipErrorHandler: true },
  );
  return draw;
}
