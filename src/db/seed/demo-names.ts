import type { SeededRandom } from './seeded-random.ts';

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶闫余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '秀兰',
  '桂英',
  '建国',
  '建华',
  '志强',
  '海燕',
  '红梅',
  '晓东',
  '文博',
  '子涵',
  '浩然',
  '宇航',
  '玉兰',
  '俊峰',
  '振华',
  '海军',
  '利军',
  '春花',
  '永胜',
  '宏伟',
  '国庆',
  '雪梅',
  '晓燕',
  '鹏飞',
  '亚楠',
  '瑞峰',
  '立新',
  '金龙',
  '彦军',
  '慧敏',
];
// Inner Mongolia: a share of residents carry Mongolian names, written without a surname.
const MONGOLIAN_NAMES = [
  '巴特尔',
  '乌日娜',
  '其木格',
  '敖日格乐',
  '苏和',
  '那日苏',
  '斯琴',
  '乌兰',
  '额尔敦',
  '萨仁高娃',
  '阿拉坦',
  '朝鲁',
];

export function personName(rng: SeededRandom): string {
  if (rng.chance(0.06)) return rng.pick(MONGOLIAN_NAMES);
  return SURNAMES.charAt(rng.int(0, SURNAMES.length - 1)) + rng.pick(GIVEN_NAMES);
}

/** 字号 (trade names) for shop and company names. */
export const TRADE_NAMES: readonly string[] = [
  '鑫盛',
  '福源',
  '河套',
  '金川',
  '瑞丰',
  '宏达',
  '华兴',
  '恒通',
  '天顺',
  '聚福',
  '众信',
  '长青',
  '永安',
  '祥和',
  '兴隆',
  '博远',
  '嘉和',
  '德润',
  '锦程',
  '万和',
  '润泽',
  '金穗',
  '塞上',
  '阴山',
  '黄河',
  '乌拉',
  '巴彦',
  '草原',
  '金鼎',
  '新源',
  '安泰',
  '佳美',
  '明珠',
  '富源',
  '盛世',
  '丰泽',
  '龙腾',
  '鸿运',
  '朔方',
  '后套',
  '春源',
  '利民',
  '同心',
  '和顺',
  '百川',
];

/** 临河区 街道 and 镇/乡 (GB/T 2260 town level under 150802). */
export const LINHE_STREETS: readonly string[] = [
  '团结街道',
  '车站街道',
  '先锋街道',
  '解放街道',
  '新华街道',
  '东环街道',
  '铁南街道',
  '西环街道',
  '北环街道',
  '金川街道',
  '汇丰街道',
];
export const LINHE_TOWNS: readonly string[] = [
  '狼山镇',
  '新华镇',
  '干召庙镇',
  '乌兰图克镇',
  '双河镇',
  '城关镇',
  '白脑包镇',
  '曙光乡',
  '八一乡',
];
const ROADS = [
  '胜利路',
  '新华街',
  '解放街',
  '五一街',
  '团结路',
  '建设路',
  '河套大街',
  '金川大道',
  '朔方路',
  '光明街',
  '利民街',
  '长春路',
  '黄河大街',
];
const VILLAGES = [
  '富强',
  '永丰',
  '新光',
  '联丰',
  '红星',
  '东升',
  '建设',
  '友谊',
  '民主',
  '丰收',
  '光明',
  '幸福',
];

const PREFIX = '内蒙古自治区巴彦淖尔市临河区';

/** A 临河区 address; `home` adds building/unit/room, as for a natural person's residence. */
export function linheAddress(rng: SeededRandom, home: boolean): string {
  if (rng.chance(0.25)) {
    return `${PREFIX}${rng.pick(LINHE_TOWNS)}${rng.pick(VILLAGES)}村${rng.int(1, 9)}社${home ? `${rng.int(1, 60)}号` : ''}`;
  }
  const road = rng.pick(ROADS);
  const flat = home ? `${rng.int(1, 30)}号楼${rng.int(1, 6)}单元${rng.int(1, 6)}0${rng.int(1, 4)}室` : '';
  return `${PREFIX}${rng.pick(LINHE_STREETS)}${road}${rng.int(1, 399)}号${flat}`;
}
