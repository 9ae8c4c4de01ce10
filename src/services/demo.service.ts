import type { DatabaseHandle } from '../db/database.ts';
import { unitRepository, type UnitRow } from '../db/repositories/unit.repository.ts';
import { userRepository } from '../db/repositories/user.repository.ts';
import type { Role } from '../db/schema/index.ts';
import { DEMO_ITEMS } from '../db/seed/demo-items.ts';
import { DEMO_UNITS } from '../db/seed/demo-units.ts';
import { generateEntities, generateInspectors } from '../db/seed/demo-data.ts';
import type { InspectorRow } from '../domain/directory/inspector-row.ts';
import { groupBy } from '../domain/group-by.ts';
import { systemActor } from './actor.ts';
import { DEMO_PASSWORD, hashPassword } from './auth.service.ts';
import { seedDemoCycle, type DemoCycle } from './demo/demo-cycle.ts';
import { loadDirectoryRows } from './import.service.ts';
import { itemService } from './item.service.ts';

export { DEMO_PASSWORD };
const DEMO_SEED = 20170320; // the date of the 临河 rules
const ENTITY_COUNT = 3000;
const INSPECTOR_COUNT = 48;

const DEMO_USERS: readonly { username: string; displayName: string; unitCode: string; roles: Role[] }[] = [
  { username: 'admin', displayName: '系统管理员', unitCode: 'LH', roles: ['system-admin'] },
  { username: 'zhian', displayName: '治安大队管理员', unitCode: 'LH-ZA', roles: ['department-admin'] },
  { username: 'drawer', displayName: '抽取人 王建国', unitCode: 'LH-ZA', roles: ['drawer'] },
  { username: 'supervisor', displayName: '监督人 李秀英', unitCode: 'LH', roles: ['supervisor'] },
  { username: 'leader', displayName: '分管领导 张志强', unitCode: 'LH', roles: ['leader'] },
  { username: 'auditor', displayName: '督察 刘海燕', unitCode: 'BYNE', roles: ['auditor'] },
];

export interface SeedResult {
  readonly users: readonly string[];
  readonly password: string;
  /** The draw, inspections and targeted inspection of 2026 (null without the generated directories). */
  readonly cycle: DemoCycle | null;
}

/**
 * Loads the 临河区 demo into an empty database: units, users and published items, and unless
 * `directories` is false (a first import of real data) the generated entities and inspectors and
 * one whole cycle through the services: a confirmed draw, inspections, reviews, published results.
 */
export async function seedDemoIfEmpty(
  handle: DatabaseHandle,
  { directories = true }: { directories?: boolean } = {},
): Promise<SeedResult | null> {
  const db = handle.db;
  if (await unitRepository.root(db)) return null;
  const units = new Map<string, UnitRow>();
  for (const u of DEMO_UNITS) {
    const parentId = u.parentCode ? units.get(u.parentCode)!.id : null;
    units.set(
      u.code,
      await unitRepository.insert(db, {
        code: u.code,
        name: u.name,
        kind: u.kind,
        regionCode: u.regionCode,
        parentId,
      }),
    );
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const unit = units.get(user.unitCode)!;
    await userRepository.insert(db, {
      username: user.username,
      displayName: user.displayName,
      passwordHash,
      unitId: unit.id,
      roles: user.roles,
    });
  }
  const district = units.get('LH')!;
  const actor = systemActor(district, '系统（演示数据）');
  for (const item of DEMO_ITEMS) {
    const { unitCode, ...content } = item;
    const input = {
      ...content,
      unitId: units.get(unitCode)!.id,
      legalBasis: [...content.legalBasis],
      methods: [...content.methods],
      checklist: [...content.checklist],
    };
    const created = await itemService.create(db, actor, input);
    await itemService.publish(db, actor, created.item.id, '2026-01-01');
  }
  const users = DEMO_USERS.map((u) => u.username);
  if (!directories) return { users, password: DEMO_PASSWORD, cycle: null };
  await loadDirectoryRows(handle, actor, {
    kind: 'entities',
    unitId: district.id,
    label: '演示数据',
    rows: generateEntities(ENTITY_COUNT, DEMO_SEED),
  });
  // Each inspector belongs to the department of the first item he is qualified for: one team pool per department.
  const itemUnit = new Map(DEMO_ITEMS.map((i) => [i.code, i.unitCode]));
  const byUnit = groupBy(
    generateInspectors(INSPECTOR_COUNT, DEMO_SEED),
    (i: InspectorRow) => itemUnit.get(i.qualifiedItems[0] ?? '') ?? 'LH',
  );
  for (const [unitCode, rows] of byUnit) {
    await loadDirectoryRows(handle, actor, {
      kind: 'inspectors',
      unitId: units.get(unitCode)!.id,
      label: '演示数据',
      rows,
    });
  }
  return { users, password: DEMO_PASSWORD, cycle: await seedDemoCycle(db) };
}
