/** One node of the demo org tree: city bureau → district branch → departments and stations. */
export interface DemoUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: 'city-bureau' | 'district-branch' | 'station' | 'department';
  readonly regionCode: string;
  readonly parentCode: string | null;
}

const CITY = 'BYNE';
const DISTRICT = 'LH';

const department = (code: string, name: string): DemoUnit => ({
  code: `${DISTRICT}-${code}`,
  name: `巴彦淖尔市公安局临河区分局${name}`,
  kind: 'department',
  regionCode: '150802',
  parentCode: DISTRICT,
});

const station = (code: string, name: string): DemoUnit => ({
  code: `${DISTRICT}-PCS-${code}`,
  name: `巴彦淖尔市公安局临河区分局${name}派出所`,
  kind: 'station',
  regionCode: '150802',
  parentCode: DISTRICT,
});

/** Unit codes of the district departments, by the two-letter part of their item codes. */
export const DEPARTMENT_CODES = {
  ZA: `${DISTRICT}-ZA`,
  JJ: `${DISTRICT}-JJ`,
  JD: `${DISTRICT}-JD`,
  WA: `${DISTRICT}-WA`,
  TJ: `${DISTRICT}-TJ`,
} as const;

/** Stations are named after 临河区's 街道 and 镇/乡 (GB/T 2260 town level, 150802). */
export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: CITY, name: '巴彦淖尔市公安局', kind: 'city-bureau', regionCode: '150800', parentCode: null },
  {
    code: DISTRICT,
    name: '巴彦淖尔市公安局临河区分局',
    kind: 'district-branch',
    regionCode: '150802',
    parentCode: CITY,
  },
  department('ZA', '治安管理大队'),
  department('JJ', '交通管理大队'),
  department('JD', '禁毒大队'),
  department('WA', '网络安全保卫大队'),
  department('TJ', '特警大队'),
  station('CZ', '车站'),
  station('JF', '解放'),
  station('XH', '新华'),
  station('XHU', '西环'),
  station('DH', '东环'),
  station('BHL', '北环路'),
  station('TN', '铁南'),
  station('HF', '汇丰'),
  station('TJL', '团结'),
  station('CG', '城关'),
  station('XHZ', '新华镇'),
  station('GZM', '干召庙'),
  station('LS', '狼山'),
  station('BNB', '白脑包'),
  station('SH', '双河'),
  station('WLTK', '乌兰图克'),
  station('SG', '曙光'),
  station('BY', '八一'),
];

export const DEMO_STATION_CODES: readonly string[] = DEMO_UNITS.filter((u) => u.kind === 'station').map(
  (u) => u.code,
);
