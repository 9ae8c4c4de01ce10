import type { MessageKey } from '../../../locales/index.ts';

/** Entity exclusion codes (DRAW.md §2): 0 eligible, 1–5 the reasons. */
export const ENTITY_EXCLUSIONS = [0, 1, 2, 3, 4, 5] as const;
/** Inspector exclusion codes: 0 eligible, 1–3 the reasons. */
export const INSPECTOR_EXCLUSIONS = [0, 1, 2, 3] as const;

const ENTITY_KEYS: readonly MessageKey[] = [
  'exclusion.entity.0',
  'exclusion.entity.1',
  'exclusion.entity.2',
  'exclusion.entity.3',
  'exclusion.entity.4',
  'exclusion.entity.5',
];
const INSPECTOR_KEYS: readonly MessageKey[] = [
  'exclusion.inspector.0',
  'exclusion.inspector.1',
  'exclusion.inspector.2',
  'exclusion.inspector.3',
];

export const entityExclusionKey = (code: number): MessageKey => ENTITY_KEYS[code] ?? 'exclusion.entity.5';
export const inspectorExclusionKey = (code: number): MessageKey =>
  INSPECTOR_KEYS[code] ?? 'exclusion.inspector.1';

/** R-N.1: ceil(rate × eligible) in integers, never more than the stratum holds. */
export function quotaOf(eligible: number, percent: number | undefined): number | undefined {
  if (percent === undefined) return undefined;
  const bp = Math.round(percent * 100);
  return Math.min(eligible, Math.floor((eligible * bp + 9999) / 10000));
}

/** The group of a stratum `"<region>/<group>"`. */
export const groupOf = (stratum: string): string => stratum.slice(stratum.indexOf('/') + 1);
