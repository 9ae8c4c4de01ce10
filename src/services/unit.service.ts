import type { Executor } from '../db/database.ts';
import { unitRepository, type UnitRow } from '../db/repositories/unit.repository.ts';
import { canRead, canWrite } from './access.ts';
import type { Actor } from './actor.ts';

export interface UnitView {
  readonly id: string;
  readonly parentId: string | null;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitRow['kind'];
  readonly regionCode: string;
}

const view = (u: UnitRow): UnitView => ({
  id: u.id,
  parentId: u.parentId,
  code: u.code,
  name: u.name,
  kind: u.kind,
  regionCode: u.regionCode,
});

export const unitService = {
  /** The actor's unit, its subordinates and its superiors (R-3.1: shared up and down the tree). */
  async readable(db: Executor, actor: Actor): Promise<UnitView[]> {
    return (await unitRepository.all(db)).filter((u) => canRead(actor, u.path)).map(view);
  },

  async readableIds(db: Executor, actor: Actor): Promise<string[]> {
    return (await this.readable(db, actor)).map((u) => u.id);
  },

  /** The actor's unit and its subordinates: whose work the actor may oversee. */
  async subtreeIds(db: Executor, actor: Actor): Promise<string[]> {
    return (await unitRepository.all(db)).filter((u) => canWrite(actor, u.path)).map((u) => u.id);
  },
};
