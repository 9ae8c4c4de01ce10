// R-N.11: follow-up of a finding, tracked open → in-progress → closed; closing needs a note.
import { isIsoDate } from '../calendar/iso-date.ts';
import { checked, problemList, type AddProblem, type Checked } from './checked.ts';

export const FOLLOW_UP_KINDS = [
  'order-to-correct',
  'abnormal-list',
  'blacklist',
  'credit-repair',
  'transfer',
  'criminal-referral',
] as const;

export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_LABELS: Readonly<Record<FollowUpKind, string>> = {
  'order-to-correct': '责令改正',
  'abnormal-list': '列入经营异常名录',
  blacklist: '列入严重违法失信名单（黑名单）',
  'credit-repair': '信用修复',
  transfer: '移交',
  'criminal-referral': '移送涉嫌犯罪',
};

export type FollowUpState = 'open' | 'in-progress' | 'closed';

export const FOLLOW_UP_STATE_LABELS: Readonly<Record<FollowUpState, string>> = {
  open: '待处理',
  'in-progress': '处理中',
  closed: '已办结',
};

export interface FollowUp {
  readonly id: string;
  readonly kind: FollowUpKind;
  readonly state: FollowUpState;
  readonly closedOn: string | null;
  readonly closingNote: string | null;
}

export type FollowUpEvent =
  | { readonly type: 'start'; readonly actorId: string; readonly on: string }
  | { readonly type: 'close'; readonly actorId: string; readonly on: string; readonly note: string };

export function openFollowUp(id: string, kind: FollowUpKind): FollowUp {
  return { id, kind, state: 'open', closedOn: null, closingNote: null };
}

export function advanceFollowUp(f: FollowUp, event: FollowUpEvent): Checked<FollowUp> {
  const { problems, add } = problemList();
  if (!isIsoDate(event.on)) add('on', 'invalid-date', '日期无效');
  if (event.type === 'start') {
    if (f.state !== 'open')
      add('state', 'follow-up-transition', `${FOLLOW_UP_STATE_LABELS[f.state]}的后续处置不能再开始处理`);
    return checked({ ...f, state: 'in-progress' }, problems);
  }
  if (f.state !== 'in-progress') add('state', 'follow-up-transition', '只有处理中的后续处置可以办结');
  if (!event.note.trim()) add('note', 'closing-note-required', '办结须填写办结情况');
  return checked({ ...f, state: 'closed', closedOn: event.on, closingNote: event.note.trim() }, problems);
}

/** A follow-up stored as closed must say how it was closed. */
export function checkFollowUps(list: readonly FollowUp[], add: AddProblem): void {
  const ids = new Set<string>();
  list.forEach((f, i) => {
    const at = `followUps[${i}]`;
    if (ids.has(f.id)) add(at, 'follow-up-duplicate', `后续处置重复：${f.id}`);
    ids.add(f.id);
    if (!(FOLLOW_UP_KINDS as readonly string[]).includes(f.kind))
      add(`${at}.kind`, 'follow-up-unknown', '后续处置类型无效');
    if (f.state === 'closed' && !(f.closingNote?.trim() && f.closedOn))
      add(at, 'closing-note-required', '已办结的后续处置须有办结日期和办结情况');
  });
}

/** R-N.11: tracked until every follow-up is closed. */
export function allFollowUpsClosed(list: readonly FollowUp[]): boolean {
  return list.every((f) => f.state === 'closed');
}
