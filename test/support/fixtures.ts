import type { DatabaseHandle } from '../../src/db/database.ts';
import { unitRepository, type UnitRow } from '../../src/db/repositories/unit.repository.ts';
import { userRepository } from '../../src/db/repositories/user.repository.ts';
import type { Role } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/services/actor.ts';
import { hashPassword } from '../../src/services/auth.service.ts';

export const PASSWORD = 'Test-Passw0rd!';

export interface Org {
  readonly city: UnitRow;
  readonly district: UnitRow;
  readonly zhian: UnitRow;
  readonly jiaojing: UnitRow;
  readonly station: UnitRow;
  /** A unit outside the district's tree: its data must stay invisible to the district. */
  readonly otherDistrict: UnitRow;
}

/** A small org tree: 巴彦淖尔市局 → 临河分局 → 治安/交警/车站派出所, plus 五原县局 beside it. */
export async function makeOrg(handle: DatabaseHandle, tag = ''): Promise<Org> {
  const db = handle.db;
  const city = await unitRepository.insert(db, {
    code: `CITY${tag}`,
    name: '巴彦淖尔市公安局',
    kind: 'city-bureau',
    regionCode: '150800',
    parentId: null,
  });
  const district = await unitRepository.insert(db, {
    code: `LH${tag}`,
    name: '临河区分局',
    kind: 'district-branch',
    regionCode: '150802',
    parentId: city.id,
  });
  const zhian = await unitRepository.insert(db, {
    code: `LH-ZA${tag}`,
    name: '治安管理大队',
    kind: 'department',
    regionCode: '150802',
    parentId: district.id,
  });
  const jiaojing = await unitRepository.insert(db, {
    code: `LH-JJ${tag}`,
    name: '交警大队',
    kind: 'department',
    regionCode: '150802',
    parentId: district.id,
  });
  const station = await unitRepository.insert(db, {
    code: `LH-CZ${tag}`,
    name: '车站派出所',
    kind: 'station',
    regionCode: '150802',
    parentId: district.id,
  });
  const otherDistrict = await unitRepository.insert(db, {
    code: `WY${tag}`,
    name: '五原县公安局',
    kind: 'district-branch',
    regionCode: '150821',
    parentId: city.id,
  });
  return { city, district, zhian, jiaojing, station, otherDistrict };
}

export const actorAt = (unit: UnitRow, ...roles: Role[]): Actor => ({
  userId: null,
  name: `测试-${unit.name}`,
  unitId: unit.id,
  unitPath: unit.path,
  roles,
});

export async function makeUser(handle: DatabaseHandle, unit: UnitRow, username: string, roles: Role[]) {
  return userRepository.insert(handle.db, {
    username,
    displayName: username,
    passwordHash: await hashPassword(PASSWORD),
    unitId: unit.id,
    roles,
  });
}
