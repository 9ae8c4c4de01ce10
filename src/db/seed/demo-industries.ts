/** How demo entities of one industry look: share of the directory, name patterns, licence format. */
export interface IndustryProfile {
  readonly weight: number;
  /** `{w}` is replaced by a trade name; the second element is the credit-code prefix (91 企业, 92 个体, 93 合作社). */
  readonly names: readonly (readonly [string, '91' | '92' | '93'])[];
  /** Licence number for an issue year and serial, or null when the trade needs none (备案 only). */
  readonly licence: ((year: number, serial: number) => string) | null;
  /** Natural persons (no business registration) appear in this industry's directory. */
  readonly persons: boolean;
  /** “public safety / strictly controlled goods”: every entity carries the flag. */
  readonly publicSafety: boolean;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const INDUSTRY_PROFILES: Readonly<Record<string, IndustryProfile>> = {
  旅馆业: {
    weight: 20,
    names: [
      ['临河区{w}宾馆', '92'],
      ['巴彦淖尔市{w}酒店管理有限公司', '91'],
      ['临河区{w}快捷酒店', '92'],
      ['临河区{w}旅社', '92'],
    ],
    licence: (y, n) => `临公特旅字〔${y}〕第${pad(n, 4)}号`,
    persons: true,
    publicSafety: false,
  },
  公章刻制业: {
    weight: 3,
    names: [
      ['巴彦淖尔市{w}印章刻制有限公司', '91'],
      ['临河区{w}刻章服务部', '92'],
    ],
    licence: (y, n) => `临公特章字〔${y}〕第${pad(n, 4)}号`,
    persons: false,
    publicSafety: true,
  },
  娱乐场所: {
    weight: 10,
    names: [
      ['临河区{w}KTV', '92'],
      ['巴彦淖尔市{w}娱乐有限公司', '91'],
      ['临河区{w}歌舞厅', '92'],
    ],
    licence: (y, n) => `150802${y}${pad(n, 4)}`,
    persons: false,
    publicSafety: false,
  },
  保安服务公司: {
    weight: 3,
    names: [['巴彦淖尔市{w}保安服务有限公司', '91']],
    licence: (y, n) => `蒙公保服${y}${pad(n, 3)}号`,
    persons: false,
    publicSafety: false,
  },
  保安培训单位: {
    weight: 1,
    names: [['巴彦淖尔市{w}保安培训学校有限公司', '91']],
    licence: (y, n) => `蒙公保培${y}${pad(n, 3)}号`,
    persons: false,
    publicSafety: false,
  },
  烟花爆竹经营: {
    weight: 5,
    names: [
      ['临河区{w}烟花爆竹销售部', '92'],
      ['巴彦淖尔市{w}烟花爆竹有限公司', '91'],
    ],
    licence: (y, n) => `（蒙）YH经字〔${y}〕第${pad(n, 5)}号`,
    persons: false,
    publicSafety: true,
  },
  废旧金属收购业: {
    weight: 8,
    names: [
      ['临河区{w}废旧物资回收站', '92'],
      ['巴彦淖尔市{w}再生资源回收有限公司', '91'],
    ],
    licence: null,
    persons: true,
    publicSafety: false,
  },
  机动车修理业: {
    weight: 20,
    names: [
      ['临河区{w}汽车修理厂', '92'],
      ['巴彦淖尔市{w}汽车维修服务有限公司', '91'],
      ['临河区{w}农机维修专业合作社', '93'],
    ],
    licence: null,
    persons: false,
    publicSafety: false,
  },
  开锁业: {
    weight: 4,
    names: [['临河区{w}开锁服务部', '92']],
    licence: null,
    persons: true,
    publicSafety: false,
  },
  典当业: {
    weight: 2,
    names: [['巴彦淖尔市{w}典当有限责任公司', '91']],
    licence: (_y, n) => `${pad(n, 6)}`,
    persons: false,
    publicSafety: false,
  },
  易制毒化学品经营: {
    weight: 4,
    names: [
      ['巴彦淖尔市{w}化工有限公司', '91'],
      ['临河区{w}化工产品经销部', '92'],
    ],
    licence: (y, n) => `（蒙）3S15080${y}${pad(n, 4)}`,
    persons: false,
    publicSafety: true,
  },
  互联网上网服务营业场所: {
    weight: 8,
    names: [
      ['临河区{w}网咖', '92'],
      ['临河区{w}网吧', '92'],
    ],
    licence: (y, n) => `蒙网文〔${y}〕${pad(n, 4)}号`,
    persons: false,
    publicSafety: false,
  },
  网络运营者: {
    weight: 10,
    names: [
      ['巴彦淖尔市{w}网络科技有限公司', '91'],
      ['巴彦淖尔市{w}信息技术有限公司', '91'],
    ],
    licence: null,
    persons: false,
    publicSafety: false,
  },
  机动车检验机构: {
    weight: 2,
    names: [['巴彦淖尔市{w}机动车检测有限公司', '91']],
    licence: null,
    persons: false,
    publicSafety: false,
  },
};
