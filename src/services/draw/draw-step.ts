// The ceremony's state checks as named conflicts (the rules are src/domain/task/ceremony.ts).
import type { DrawStatus } from '../../db/repositories/draw.repository.ts';
import { guardCodeOf } from '../../db/pg-error.ts';
import { transition, type CeremonyEvent } from '../../domain/task/ceremony.ts';
import { ConflictError } from '../errors.ts';

const STATE_MESSAGES: Readonly<Record<string, string>> = {
  'draw-confirmed': '抽取已确认，不能再更改（第二十一条）',
  'draw-aborted': '抽取已中止；如需抽取，请以新的抽取编号重新发起',
  'draw-wrong-state': '抽取当前所处的环节不允许此操作',
  'signatures-missing': '抽取人、监督人和全部见证人签名后才能确认（第二十条）',
  'abort-after-reveal':
    '已有见证方公开随机数，抽取只能完成，不能中止重抽；仅当有见证方逾期未公开随机数时，可由监督人确认中止',
};

/** The state machine decides; a refusal is a named conflict. */
export function requireStep(status: DrawStatus, event: CeremonyEvent): DrawStatus {
  const t = transition(status, event);
  if (!t.ok)
    throw new ConflictError(t.error, STATE_MESSAGES[t.error] ?? t.error, { status, expected: t.expected });
  return t.next;
}

export const stateChanged = () =>
  new ConflictError('draw-state-changed', '抽取状态已被他人改变，请刷新后重试');

export const guardToConflict = (err: unknown): never => {
  const code = guardCodeOf(err);
  if (code === 'draw-confirmed' || code === 'draw-aborted')
    throw new ConflictError(code, STATE_MESSAGES[code]!);
  throw err;
};
