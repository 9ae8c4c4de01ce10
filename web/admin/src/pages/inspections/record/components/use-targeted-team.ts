// A targeted record has no drawn team: the active inspectors of its unit may carry it out.
import { useRequest } from '../../../../hooks/use-request.ts';
import type { InspectionRecord, TeamMember } from '../../../../services/types.ts';
import { fetchInspectors } from '../../../inspectors/service.ts';

async function unitTeam(unitId: string): Promise<readonly TeamMember[]> {
  const { rows } = await fetchInspectors({ status: 'active', page: 1, pageSize: 500 });
  // The server accepts any active inspector of the unit's subtree; its own unit is a safe part of it.
  return rows.filter((i) => i.unitId === unitId).map((i) => ({ badgeNumber: i.badgeNumber, name: i.name }));
}

/** The record with its team; for a targeted record the unit's inspectors stand in for the drawn team. */
export function useTargetedTeam(record: InspectionRecord | undefined): InspectionRecord | undefined {
  const needed = record?.basis === 'targeted' && record.team.length === 0 ? record.unitId : undefined;
  const team = useRequest(() => (needed ? unitTeam(needed) : Promise.resolve(undefined)), [needed]);
  if (!record || !needed || !team.data) return record;
  return { ...record, team: team.data };
}
