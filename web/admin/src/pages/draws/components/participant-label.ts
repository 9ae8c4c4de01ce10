import type { Translate } from '../../../locales/index.ts';
import type { Participant } from '../../../services/types.ts';

/** 抽取人 / 监督人 / 系统 / 见证人 W1（媒体）. */
export function participantRole(t: Translate, p: Pick<Participant, 'role' | 'witness' | 'kind'>): string {
  if (p.role === 'witness')
    return `${t('participant.witness')} ${p.witness ?? ''}${p.kind ? `（${t(`witnessKind.${p.kind}`)}）` : ''}`;
  return t(`participant.${p.role}`);
}

/** A witness id as a person reads it: 监督人, 系统, or 见证人 W1 (the ids are the protocol's). */
export function witnessLabel(t: Translate, witness: string): string {
  if (witness === 'supervisor' || witness === 'system') return t(`participant.${witness}`);
  return `${t('participant.witness')} ${witness}`;
}

const ORDER = { drawer: 0, supervisor: 1, system: 2, witness: 3 } as const;

/** Drawer, supervisor, system, then the witnesses W1, W2 … */
export function sortParticipants(list: readonly Participant[]): Participant[] {
  return [...list].sort(
    (a, b) =>
      ORDER[a.role] - ORDER[b.role] ||
      (a.witness ?? '').localeCompare(b.witness ?? '', 'en', { numeric: true }),
  );
}
