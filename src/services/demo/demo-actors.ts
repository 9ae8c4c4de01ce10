import type { Executor } from '../../db/database.ts';
import { unitRepository } from '../../db/repositories/unit.repository.ts';
import { userRepository } from '../../db/repositories/user.repository.ts';
import type { Actor } from '../actor.ts';

/** The demo users who run the cycle, each acting as the person the portal shows. */
export interface DemoActors {
  /** 治安大队管理员: plans, records and reports (department-admin). */
  readonly zhian: Actor;
  readonly drawer: Actor;
  readonly supervisor: Actor;
  /** 分管领导: approves the plan, replacements and reports; never his own (R-N.8). */
  readonly leader: Actor;
}

async function demoActor(db: Executor, username: string): Promise<Actor> {
  const user = await userRepository.byUsername(db, username);
  const unit = user ? await unitRepository.get(db, user.unitId) : undefined;
  if (!user || !unit) throw new Error(`demo user ${username} is missing: seed the demo data first`);
  return { userId: user.id, name: user.displayName, unitId: unit.id, unitPath: unit.path, roles: user.roles };
}

export async function demoActors(db: Executor): Promise<DemoActors> {
  const [zhian, drawer, supervisor, leader] = await Promise.all(
    ['zhian', 'drawer', 'supervisor', 'leader'].map((u) => demoActor(db, u)),
  );
  return { zhian: zhian!, drawer: drawer!, supervisor: supervisor!, leader: leader! };
}
