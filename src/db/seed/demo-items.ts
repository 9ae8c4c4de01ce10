import { DEPARTMENT_CODES } from './demo-units.ts';

type Law = { readonly law: string; readonly article: string };
type Method = 'on-site' | 'document' | 'online';

/** A demo inspection item with the unit (department) that owns it; fields as in ItemContent. */
export interface DemoItem {
  readonly code: string;
  readonly unitCode: string;
  readonly name: string;
  readonly category: 'priority' | 'general';
  readonly legalBasis: readonly Law[];
  /** Matches EntityRow.industry: the item's entity directory is the entities of this industry. */
  readonly objectType: string;
  readonly needsEntityDirectory: boolean;
  readonly ratioPercent: number;
  readonly roundsPerYear: number;
  readonly methods: readonly Method[];
  readonly checklist: readonly { readonly code: string; readonly text: string }[];
  readonly procedure: string;
  readonly higherRule: string | null;
}
const law = (name: string, ...articles: string[]): Law[] =>
  articles.length === 0 ? [{ law: name, article: '' }] : articles.map((article) => ({ law: name, article }));

// Articles cited only where the text was checked; '' means the whole instrument is the basis.
const POLICE_LAW = '《中华人民共和国人民警察法》';
const HOTEL = '《旅馆业治安管理办法》';
const ENTERTAINMENT = '《娱乐场所管理条例》';
const SECURITY = '《保安服务管理条例》';

const PROCEDURE_ON_SITE =
  '1. 随机抽取检查对象和执法检查人员；2. 检查前核对事项清单，准备检查表；3. 两名以上执法人员出示人民警察证实施检查；' +
  '4. 逐项填写检查登记表，由检查人员和被检查对象签字（拒签的注明理由）；5. 形成检查报告，依法处置发现的问题；6. 20个工作日内公示检查结果。';
const PROCEDURE_DOCUMENT =
  '1. 随机抽取检查对象和执法检查人员；2. 通知被检查对象限期报送材料；3. 两名以上执法人员书面核查并记录；' +
  '4. 必要时转实地检查；5. 形成检查报告，依法处置发现的问题；6. 20个工作日内公示检查结果。';

const checklist = (prefix: string, texts: readonly string[]) =>
  texts.map((text, i) => ({ code: `${prefix}-${String(i + 1).padStart(2, '0')}`, text }));

interface ItemSpec {
  readonly code: string;
  readonly unitCode: string;
  readonly name: string;
  readonly objectType: string;
  readonly category: 'priority' | 'general';
  readonly ratioPercent: number;
  readonly legalBasis: readonly Law[];
  readonly methods: readonly Method[];
  readonly checks: readonly string[];
}

const item = (spec: ItemSpec): DemoItem => ({
  code: spec.code,
  unitCode: spec.unitCode,
  name: spec.name,
  category: spec.category,
  legalBasis: spec.legalBasis,
  objectType: spec.objectType,
  needsEntityDirectory: true,
  ratioPercent: spec.ratioPercent,
  roundsPerYear: 2,
  methods: spec.methods,
  checklist: checklist(spec.code.replace(/^LH-/, '').replace('-', ''), spec.checks),
  procedure: spec.methods.includes('on-site') ? PROCEDURE_ON_SITE : PROCEDURE_DOCUMENT,
  higherRule: null,
});

const { ZA, JJ, JD, WA } = DEPARTMENT_CODES;

/** The demo item list of 临河区分局 (police items as in the Hainan/Beijing/Zhejiang lists, DOMAIN.md §1.2). */
export const DEMO_ITEMS: readonly DemoItem[] = [
  item({
    code: 'LH-ZA-001',
    unitCode: ZA,
    name: '旅馆业治安管理检查',
    objectType: '旅馆业',
    category: 'priority',
    ratioPercent: 5,
    legalBasis: [
      ...law(HOTEL, '第四条', '第五条', '第六条', '第七条'),
      ...law('《中华人民共和国反恐怖主义法》', '第二十一条'),
    ],
    methods: ['on-site', 'online'],
    checks: [
      '特种行业许可证是否有效，与实际经营场所、负责人一致',
      '是否对住宿旅客逐人查验身份证件并如实登记',
      '住宿登记信息是否实时上传旅馆业治安管理信息系统',
      '是否建立旅客财物保管制度并设置保管箱（柜）或保管室',
      '是否设置治安保卫组织或指定安全保卫人员',
      '视频监控设备是否正常运行、录像是否按规定保存',
      '是否发现卖淫嫖娼、赌博、吸毒等违法犯罪线索并及时报告',
    ],
  }),
  item({
    code: 'LH-ZA-002',
    unitCode: ZA,
    name: '公章刻制业治安管理检查',
    objectType: '公章刻制业',
    category: 'priority',
    ratioPercent: 20,
    legalBasis: [
      ...law('《印铸刻字业暂行管理规则》'),
      ...law('《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）'),
      ...law(POLICE_LAW, '第六条'),
    ],
    methods: ['on-site', 'online'],
    checks: [
      '公章刻制业特种行业许可或备案手续是否齐全有效',
      '承接公章刻制是否查验用章单位证明和经办人身份证件',
      '是否通过公章治安管理信息系统备案并上传印模',
      '印章交付是否登记领取人身份信息',
      '是否存在承接无证明、证明不全或私刻公章的行为',
      '从业人员信息是否登记并报公安机关备案',
    ],
  }),
  item({
    code: 'LH-ZA-003',
    unitCode: ZA,
    name: '娱乐场所治安管理检查',
    objectType: '娱乐场所',
    category: 'priority',
    ratioPercent: 5,
    legalBasis: [
      ...law(ENTERTAINMENT, '第三条', '第二十二条', '第二十三条', '第二十五条', '第二十六条'),
      ...law('《娱乐场所治安管理办法》（公安部令第103号）', '第四条'),
    ],
    methods: ['on-site'],
    checks: [
      '取得营业执照后是否在15日内向公安机关备案',
      '是否建立从业人员名簿和营业日志，营业日志是否留存备查',
      '歌舞娱乐场所是否接纳未成年人',
      '是否有人非法携带枪支、管制器具或危险物品进入场所',
      '是否与保安服务企业签订合同并配备专业保安人员',
      '是否张贴禁毒、禁赌、禁止卖淫嫖娼警示标志',
      '视频监控设备是否正常运行',
    ],
  }),
  item({
    code: 'LH-ZA-004',
    unitCode: ZA,
    name: '保安服务公司监督检查',
    objectType: '保安服务公司',
    category: 'general',
    ratioPercent: 20,
    legalBasis: law(SECURITY, '第三条', '第四条'),
    methods: ['on-site', 'document'],
    checks: [
      '保安服务许可证是否有效，经营范围是否一致',
      '保安员是否持保安员证上岗',
      '是否建立保安服务管理制度、岗位责任制度和保安员管理制度',
      '保安服务合同是否规范并按规定留存',
      '保安员培训、考核记录是否完整',
    ],
  }),
  item({
    code: 'LH-ZA-005',
    unitCode: ZA,
    name: '保安培训单位监督检查',
    objectType: '保安培训单位',
    category: 'general',
    ratioPercent: 50,
    legalBasis: law(SECURITY, '第三条'),
    methods: ['on-site', 'document'],
    checks: [
      '保安培训许可证是否有效',
      '培训场所、师资与许可条件是否一致',
      '培训内容和课时是否符合规定',
      '学员档案与考核记录是否完整',
    ],
  }),
  item({
    code: 'LH-ZA-006',
    unitCode: ZA,
    name: '烟花爆竹公共安全检查',
    objectType: '烟花爆竹经营',
    category: 'priority',
    ratioPercent: 10,
    legalBasis: law('《烟花爆竹安全管理条例》', '第四条', '第二十二条'),
    methods: ['on-site'],
    checks: [
      '烟花爆竹经营许可证是否有效',
      '经由道路运输烟花爆竹是否取得公安机关道路运输许可',
      '储存场所是否超量存放、是否与居住场所混用',
      '是否销售非法生产或超标的烟花爆竹',
      '购销台账是否完整',
    ],
  }),
  item({
    code: 'LH-ZA-007',
    unitCode: ZA,
    name: '废旧金属收购业治安管理检查',
    objectType: '废旧金属收购业',
    category: 'general',
    ratioPercent: 5,
    legalBasis: law('《废旧金属收购业治安管理办法》', '第四条', '第六条', '第七条'),
    methods: ['on-site'],
    checks: [
      '取得营业执照后是否在15日内向公安机关备案',
      '是否在铁路、油田、施工工地等附近设点收购',
      '收购生产性废旧金属是否查验出售单位证明并如实登记',
      '是否收购国家禁止收购的物品',
      '发现赃物或可疑物品是否及时报告',
    ],
  }),
  item({
    code: 'LH-ZA-008',
    unitCode: ZA,
    name: '机动车修理业治安管理检查',
    objectType: '机动车修理业',
    category: 'general',
    ratioPercent: 3,
    legalBasis: law('《机动车修理业、报废机动车回收业治安管理办法》', '第三条', '第四条', '第六条'),
    methods: ['on-site'],
    checks: [
      '是否明确治安责任人并落实治安防范制度',
      '是否建立承修登记、查验制度',
      '承修车辆是否查验行驶证、号牌、发动机号和车架号',
      '是否擅自更换发动机、车身（架）或改变车身颜色',
      '发现可疑车辆是否及时报告公安机关',
    ],
  }),
  item({
    code: 'LH-ZA-009',
    unitCode: ZA,
    name: '开锁业治安管理检查',
    objectType: '开锁业',
    category: 'general',
    ratioPercent: 10,
    legalBasis: law(POLICE_LAW, '第六条'),
    methods: ['on-site'],
    checks: [
      '是否向公安机关备案并公示服务信息',
      '开锁服务是否查验委托人身份证件及房屋、车辆权属证明',
      '开锁登记信息是否完整并按规定保存',
      '从业人员是否经培训并登记备案',
      '技术开锁工具是否妥善保管',
    ],
  }),
  item({
    code: 'LH-ZA-010',
    unitCode: ZA,
    name: '典当业治安管理检查',
    objectType: '典当业',
    category: 'general',
    ratioPercent: 20,
    legalBasis: [
      ...law('《典当管理办法》（商务部、公安部令2005年第8号）', '第四条'),
      ...law(POLICE_LAW, '第六条'),
    ],
    methods: ['on-site', 'document'],
    checks: [
      '典当经营许可证是否有效',
      '收当、续当、赎当是否查验当户身份证件并登记',
      '是否收当禁当物品',
      '安全防范设施（录像、报警、保管库房）是否完好',
      '发现赃物嫌疑物品是否及时报告公安机关',
    ],
  }),
  item({
    code: 'LH-JD-001',
    unitCode: JD,
    name: '易制毒化学品购销单位检查',
    objectType: '易制毒化学品经营',
    category: 'priority',
    ratioPercent: 10,
    legalBasis: [
      ...law('《易制毒化学品管理条例》', '第三条', '第五条'),
      ...law('《易制毒化学品购销和运输管理办法》（公安部令第87号）', '第二条', '第三条'),
    ],
    methods: ['on-site', 'document'],
    checks: [
      '购买第一类非药品类易制毒化学品是否取得购买许可证',
      '购买第二类、第三类易制毒化学品是否向公安机关备案',
      '是否建立易制毒化学品内部管理制度',
      '是否以现金或实物进行交易',
      '购销台账与库存是否一致',
    ],
  }),
  item({
    code: 'LH-WA-001',
    unitCode: WA,
    name: '互联网上网服务营业场所信息网络安全检查',
    objectType: '互联网上网服务营业场所',
    category: 'general',
    ratioPercent: 5,
    legalBasis: [
      ...law('《互联网上网服务营业场所管理条例》', '第二十一条', '第二十三条'),
      ...law(POLICE_LAW, '第六条'),
    ],
    methods: ['on-site', 'online'],
    checks: [
      '是否接纳未成年人进入营业场所',
      '是否核对、登记上网消费者的有效身份证件',
      '上网登记内容和记录备份是否保存不少于60日',
      '信息网络安全管理技术措施是否正常运行',
      '是否悬挂未成年人禁入标志',
    ],
  }),
  item({
    code: 'LH-WA-002',
    unitCode: WA,
    name: '网络运营者网络安全等级保护检查',
    objectType: '网络运营者',
    category: 'general',
    ratioPercent: 2,
    legalBasis: law('《中华人民共和国网络安全法》', '第二十一条'),
    methods: ['document', 'online'],
    checks: [
      '是否制定内部安全管理制度并确定网络安全负责人',
      '是否采取防范计算机病毒和网络攻击的技术措施',
      '网络日志是否留存不少于六个月',
      '是否采取数据分类、重要数据备份和加密措施',
    ],
  }),
  item({
    code: 'LH-JJ-001',
    unitCode: JJ,
    name: '机动车安全技术检验机构监督检查',
    objectType: '机动车检验机构',
    category: 'general',
    ratioPercent: 50,
    legalBasis: [
      ...law('《中华人民共和国道路交通安全法》', '第十三条'),
      ...law('《中华人民共和国道路交通安全法实施条例》', '第十五条'),
    ],
    methods: ['on-site', 'document'],
    checks: [
      '是否按国家机动车安全技术检验标准实施检验',
      '是否附加检验条件或要求到指定场所维修、保养',
      '检验视频、照片和检验报告是否完整可查',
      '检验设备是否经检定合格',
    ],
  }),
];

/** The industries (= item object types) the demo entity directory uses; a draw's population is matched on it. */
export const DEMO_INDUSTRIES: readonly string[] = DEMO_ITEMS.map((i) => i.objectType);
