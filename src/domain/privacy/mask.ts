import { childRegions } from '../region/region.ts';
import type { Region } from '../region/region.ts';

const HIDDEN = '****';

function keepEnds(s: string, head: number, tail: number): string {
  if (s.length <= head + tail) return '*'.repeat(s.length);
  return s.slice(0, head) + '*'.repeat(s.length - head - tail) + s.slice(s.length - tail);
}

/** 150102199001011234 → 1501**********1234: first 4 and last 4 kept, same length. */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(idNumber.trim(), 4, 4);
}

/** 13812345678 → 138****5678; a landline keeps its area code and the last 4 digits. */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  const mobile = /^(\+?86[- ]?)?(1\d{10})$/.exec(s);
  if (mobile) return (mobile[1] ?? '') + keepEnds(mobile[2] ?? '', 3, 4);
  const landline = /^(\(?0\d{2,3}\)?[- ]?)(\d{7,8})((?:[-转]\d{1,6})?)$/.exec(s);
  if (landline) return (landline[1] ?? '') + keepEnds(landline[2] ?? '', 0, 4) + (landline[3] ? '-**' : '');
  return keepEnds(s, 3, 4);
}

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
// After the county: a 街道/镇/乡/苏木 whose name has no digits or street words (路, 街, 号, 村 …).
const TOWN = /^[^\d\s,，、路街巷号村组栋楼室弄里]{1,10}?(?:街道办事处|街道|民族乡|镇|乡|苏木)/;

function matchRegion(address: string, pos: number, candidates: readonly Region[]): Region | undefined {
  return candidates.find((r) => {
    if (address.startsWith(r.name, pos)) return true;
    const short = r.level === 'province' ? r.name.replace(PROVINCE_SUFFIX, '') : '';
    return short.length >= 2 && address.startsWith(short, pos);
  });
}

function consumed(address: string, pos: number, r: Region): number {
  if (address.startsWith(r.name, pos)) return pos + r.name.length;
  return pos + r.name.replace(PROVINCE_SUFFIX, '').length;
}

function countiesOf(parents: readonly Region[]): readonly Region[] {
  return parents.flatMap((p) => {
    const kids = childRegions(p.code);
    return kids.flatMap((k) => (k.level === 'county' ? [k] : childRegions(k.code)));
  });
}

/**
 * A natural person's address for publication: province, city, county and 街道/镇/乡 are kept,
 * the road, village and house number are hidden. Without any recognisable division nothing is kept.
 */
export function maskAddress(address: string): string {
  const s = address.trim();
  let pos = 0;
  const province = matchRegion(s, pos, childRegions());
  if (province) pos = consumed(s, pos, province);
  const cityCandidates = province
    ? childRegions(province.code)
    : childRegions().flatMap((p) => childRegions(p.code));
  const city = matchRegion(s, pos, cityCandidates);
  if (city) pos = consumed(s, pos, city);
  const countyCandidates =
    city?.level === 'county' ? [] : countiesOf(city ? [city] : province ? [province] : childRegions());
  const county = city?.level === 'county' ? city : matchRegion(s, pos, countyCandidates);
  if (county && county !== city) pos = consumed(s, pos, county);
  const town = county ? TOWN.exec(s.slice(pos)) : null;
  if (town) pos += town[0].length;
  if (pos === 0) return s.length === 0 ? '' : HIDDEN;
  return pos < s.length ? s.slice(0, pos) + HIDDEN : s;
}

/** R-N.10: a natural person's name in public is its first character and asterisks (张三 → 张**). */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(Math.max(2, chars.length - 1))}`;
}
