// the three methods of an inspection, the same codes as an item's `methods`.
import type { ItemContent } from '../item/item-rules.ts';

export const INSPECTION_METHODS = [
  'on-site',
  'document',
  'online',
] as const satisfies readonly ItemContent['methods'][number][];

export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

export const INSPECTION_METHOD_LABELS: Readonly<Record<InspectionMethod, string>> = {
  'on-site': '实地检查',
  document: '书面核查',
  online: '网络监测',
};
