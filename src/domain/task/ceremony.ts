// The draw ceremony as a pure state machine (R-20.1, R-20.2, R-N.6): the server applies a step
// only when this function allows it from the draw's current state.

export const DRAW_STATES = [
  'announced',
  'revealing',
  'revealed',
  'computed',
  'confirmed',
  'aborted',
] as const;
export type DrawState = (typeof DRAW_STATES)[number];

export type CeremonyEvent =
  | { readonly type: 'commit'; readonly allCommitted: boolean }
  | { readonly type: 'reveal'; readonly allRevealed: boolean }
  | { readonly type: 'compute' }
  | { readonly type: 'sign' }
  | { readonly type: 'confirm'; readonly allSigned: boolean }
  | {
      readonly type: 'abort';
      /** Some witness has revealed its nonce: from then on the draw can only be completed (R-N.6). */
      readonly anyRevealed: boolean;
      /** The one way out after a reveal: a named witness who never revealed by the deadline, confirmed by the supervisor. */
      readonly missedRevealConfirmed: boolean;
    };

/** How long after the last commitment the witnesses have to reveal, before a missed reveal may end the draw. */
export const REVEAL_DEADLINE_MINUTES = 30;

export type CeremonyErrorName =
  'draw-confirmed' | 'draw-aborted' | 'draw-wrong-state' | 'signatures-missing' | 'abort-after-reveal';

export type Transition =
  | { readonly ok: true; readonly next: DrawState }
  | { readonly ok: false; readonly error: CeremonyErrorName; readonly expected: readonly DrawState[] };

const FROM: Readonly<Record<CeremonyEvent['type'], readonly DrawState[]>> = {
  commit: ['announced'],
  reveal: ['revealing'],
  compute: ['revealed'],
  sign: ['computed'],
  confirm: ['computed'],
  // Once every nonce is out (revealed, computed) the result is fixed: there is no way back (no re-draw).
  abort: ['announced', 'revealing'],
};

export function transition(state: DrawState, event: CeremonyEvent): Transition {
  const expected = FROM[event.type];
  if (!expected.includes(state)) {
    const error =
      state === 'confirmed' ? 'draw-confirmed' : state === 'aborted' ? 'draw-aborted' : 'draw-wrong-state';
    return { ok: false, error, expected };
  }
  switch (event.type) {
    case 'commit':
      return { ok: true, next: event.allCommitted ? 'revealing' : state };
    case 'reveal':
      return { ok: true, next: event.allRevealed ? 'revealed' : state };
    case 'compute':
      return { ok: true, next: 'computed' };
    case 'sign':
      return { ok: true, next: state };
    case 'confirm':
      return event.allSigned
        ? { ok: true, next: 'confirmed' }
        : { ok: false, error: 'signatures-missing', expected };
    case 'abort':
      return !event.anyRevealed || event.missedRevealConfirmed
        ? { ok: true, next: 'aborted' }
        : { ok: false, error: 'abort-after-reveal', expected };
  }
}

export const STATE_LABELS: Readonly<Record<DrawState, string>> = {
  announced: '已公告，收集承诺',
  revealing: '承诺已固定，公开随机数',
  revealed: '随机数已全部公开',
  computed: '已计算，等待签名',
  confirmed: '已确认',
  aborted: '已中止',
};
