import { request } from '../request.ts';
import type { Region, Unit } from './types.ts';

/** Administrative regions (GB/T 2260) below `parent`; provinces when no parent is given. */
export async function fetchRegions(parent?: string): Promise<readonly Region[]> {
  const { regions } = await request<{ regions: Region[] }>('/api/admin/regions', { query: { parent } });
  return regions;
}

/** The caller's unit and its subordinates, flat with parentId. */
export async function fetchUnits(): Promise<readonly Unit[]> {
  const { units } = await request<{ units: Unit[] }>('/api/admin/units');
  return units;
}
