import type { ReplacementApplication } from '../../services/types.ts';
import { fetchApplications, fetchDrawList, type DrawListRow } from '../draws/service.ts';

export interface ApplicationRow extends ReplacementApplication {
  readonly draw: DrawListRow;
}

/**
 * The applications of every confirmed draw. The contract lists applications per draw only, so this
 * reads the confirmed draws first (see fetchDrawList).
 */
export async function fetchAllApplications(): Promise<readonly ApplicationRow[]> {
  const draws = (await fetchDrawList()).filter((draw) => draw.status === 'confirmed');
  const lists = await Promise.all(
    draws.map(async (draw) => (await fetchApplications(draw.id)).map((a) => ({ ...a, draw }))),
  );
  return lists.flat().sort((a, b) => b.appliedAt.localeCompare(a.appliedAt));
}
