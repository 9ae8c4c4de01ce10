// The whole cycle on the demo data, through the services: a confirmed draw, inspections of a few drawn
// hotels in every state, and one targeted inspection.
import type { Database } from '../../db/database.ts';
import { itemRepository } from '../../db/repositories/item.repository.ts';
import { taskRepository } from '../../db/repositories/task.repository.ts';
import { inspectionService } from '../inspection.service.ts';
import { targetedInspectionService } from '../targeted-inspection.service.ts';
import { demoActors, type DemoActors } from './demo-actors.ts';
import { DEMO_CASES } from './demo-cases.ts';
import { DEMO_ITEM_CODE, makeDemoDraw } from './demo-draw.ts';
import { inspectDemoCase, type DrawnEntity } from './demo-inspections.ts';

export interface DemoCycle {
  /** The uuid of the confirmed demo draw. */
  readonly drawId: string;
  readonly recordIds: readonly string[];
  readonly targetedInspectionId: string;
}

/** A hotel of the task's pool that was not drawn: a complaint about it calls for a targeted inspection. */
async function targetedInspection(
  db: Database,
  a: DemoActors,
  taskId: string,
  itemId: string,
  drawn: ReadonlySet<string>,
) {
  const { rows } = await taskRepository.poolPage(db, taskId, { exclusion: 0 }, { page: 1, pageSize: 50 });
  const entity = rows.find((r) => !drawn.has(r.entityId))!;
  const targeted = await targetedInspectionService.record(db, a.zhian, {
    entityId: entity.entityId,
    itemId,
    reason: 'complaint',
    from: '2026-05-06',
    to: '2026-05-29',
    note: '12345 热线转办群众投诉：该旅馆未查验旅客身份证件即安排入住',
    reference: '12345-20260506-0231',
  });
  await targetedInspectionService.approve(db, a.leader, targeted.id);
  return targeted;
}

export async function seedDemoCycle(db: Database): Promise<DemoCycle> {
  const a = await demoActors(db);
  const draw = await makeDemoDraw(db, a);
  const itemId = (await itemRepository.byCodes(db, [DEMO_ITEM_CODE]))[0]!.id;
  const drawn = await inspectionService.drawEntities(db, a.zhian, draw.id);
  const targets: DrawnEntity[] = drawn
    .filter((d) => d.entity.id && d.team.length >= 2)
    .map((d) => ({ entityId: d.entity.id, team: d.team.map((t) => t.badgeNumber) }));
  const recordIds: string[] = [];
  for (const [n, c] of DEMO_CASES.entries())
    recordIds.push(await inspectDemoCase(db, a, draw.id, itemId, targets[n]!, c));
  const drawnIds = new Set(drawn.map((d) => d.entity.id));
  const targeted = await targetedInspection(db, a, draw.taskId, itemId, drawnIds);
  return { drawId: draw.id, recordIds, targetedInspectionId: targeted.id };
}
